using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using NewsBot.Core.Settings;

namespace NewsBot.Fetching;

/// <summary>Fetches a feed over HTTP(S) with conditional GET, or reads it from a local file.</summary>
public sealed class FeedFetcher(IHttpClientFactory httpClientFactory, TimeProvider time)
{
    /// <summary>The name of the HttpClient registered for feeds.</summary>
    public const string HttpClientName = "feeds";

    /// <summary>Bodies (after decompression) larger than this are refused.</summary>
    public const int MaxBodyBytes = 10 * 1024 * 1024;

    public const int MaxRedirects = 5;

    public async Task<FetchResult> FetchAsync(string url, TimeSpan timeout, FeedValidators previous, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return FeedSource.LocalPath(url) is { } path
                ? await ReadFileAsync(path, previous, deadline.Token)
                : await GetAsync(new Uri(url), previous, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed($"timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return new FetchResult.Failed(e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}");
        }
        catch (IOException e)
        {
            return new FetchResult.Failed(e.Message);
        }
    }

    private static async Task<FetchResult> ReadFileAsync(string path, FeedValidators previous, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length > MaxBodyBytes)
        {
            return new FetchResult.Failed($"file is larger than {MaxBodyBytes} bytes");
        }
        var body = await GzipFile.UnpackAsync(await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
        if (body is null)
        {
            return new FetchResult.Failed($"unpacked file is larger than {MaxBodyBytes} bytes");
        }
        var hash = Hash(body);
        return hash == previous.BodyHash ? new FetchResult.NotModified() : new FetchResult.Fetched(body, new(null, null, hash), null, null);
    }

    private async Task<FetchResult> GetAsync(Uri url, FeedValidators previous, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var permanent = true;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await client.SendAsync(Request(url, previous), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                var result = await ReadAsync(response, url, previous, cancellationToken);
                return result with { MovedTo = hop > 0 && permanent ? url : null, FreshFor = FreshFor(response) };
            }
            if (response.Headers.Location is not { } location)
            {
                return new FetchResult.Failed($"HTTP {(int)response.StatusCode} redirect without a Location");
            }
            permanent &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
            url = new Uri(url, location);
        }
        return new FetchResult.Failed($"more than {MaxRedirects} redirects");
    }

    private static HttpRequestMessage Request(Uri url, FeedValidators previous)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (previous.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        if (previous.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }
        return request;
    }

    private async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri url, FeedValidators previous, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult.NotModified();
        }
        if (!response.IsSuccessStatusCode)
        {
            return new FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response));
        }
        var body = await ReadLimitedAsync(response.Content, cancellationToken) is { } raw
            ? await GzipFile.UnpackAsync(raw, cancellationToken)
            : null;
        if (body is null)
        {
            return new FetchResult.Failed($"body is larger than {MaxBodyBytes} bytes");
        }
        var hash = Hash(body);
        if (body.Length == 0 || hash == previous.BodyHash)
        {
            return new FetchResult.NotModified();
        }
        var validators = new FeedValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"), hash);
        return new FetchResult.Fetched(body, validators, response.Content.Headers.ContentType?.CharSet, url)
        {
            Hub = LinkHeaders.Find(response, "hub", url),
            Self = LinkHeaders.Find(response, "self", url),
        };
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger (a bound on gzip bombs too).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return await ReadLimitedAsync(stream, cancellationToken);
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/> of a stream; null when it holds more.</summary>
    internal static async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };

    private TimeSpan? FreshFor(HttpResponseMessage response)
    {
        var fresh = response.Headers.CacheControl?.MaxAge
            ?? (response.Content.Headers.Expires is { } expires ? expires - (response.Headers.Date ?? time.GetUtcNow()) : null);
        return fresh > TimeSpan.Zero ? fresh : null;
    }

    private static string Hash(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
