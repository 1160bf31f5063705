using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Feeds;

/// <summary>
/// Serves feed bytes over loopback HTTP the ways real servers do: ETag conditional GET, compression, redirects,
/// caching headers, errors with Retry-After, slow answers. Counts requests per path.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FeedResponse> _responses = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly ConcurrentDictionary<string, int> _notModified = new();
    private readonly ConcurrentDictionary<string, int> _active = new();
    private readonly ConcurrentDictionary<string, int> _mostAtOnce = new();
    private LoopbackServer? _server;

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("not started");

    /// <summary>The User-Agent of the last request.</summary>
    public string? LastUserAgent { get; private set; }

    public static async Task<FeedServer> StartAsync()
    {
        var feeds = new FeedServer();
        feeds._server = await LoopbackServer.StartAsync(app => app.Run(feeds.HandleAsync));
        return feeds;
    }

    /// <summary>The URL of a path on this server.</summary>
    public string UrlOf(string path) => $"{BaseUrl}/{path.TrimStart('/')}";

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on.</summary>
    public void Serve(string path, byte[] body, string contentType = "application/rss+xml; charset=utf-8", FeedResponseOptions? options = null) =>
        _responses[Key(path)] = new FeedResponse(200, body, contentType, '"' + Convert.ToHexString(SHA256.HashData(body))[..16] + '"', options ?? new());

    public void Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8", FeedResponseOptions? options = null) =>
        Serve(path, System.Text.Encoding.UTF8.GetBytes(body), contentType, options);

    /// <summary>Answers <paramref name="status"/> with no body at <paramref name="path"/> from now on.</summary>
    public void Fail(string path, int status, FeedResponseOptions? options = null) =>
        _responses[Key(path)] = new FeedResponse(status, [], "text/plain", null, options ?? new());

    /// <summary>Redirects <paramref name="path"/> to <paramref name="target"/> (301/308 permanent, 302/307 temporary).</summary>
    public void Redirect(string path, string target, int status = 301) =>
        _responses[Key(path)] = new FeedResponse(status, [], "text/plain", null, new() { Location = target });

    public int RequestCount(string path) => _requests.GetValueOrDefault(Key(path));

    /// <summary>How many requests for the path were answered 304 Not Modified.</summary>
    public int NotModifiedCount(string path) => _notModified.GetValueOrDefault(Key(path));

    /// <summary>The most requests for the path that were being answered at one time.</summary>
    public int MostAtOnce(string path) => _mostAtOnce.GetValueOrDefault(Key(path));

    private static string Key(string path) => "/" + path.TrimStart('/');

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var active = _active.AddOrUpdate(path, 1, (_, n) => n + 1);
        _mostAtOnce.AddOrUpdate(path, active, (_, most) => Math.Max(most, active));
        try
        {
            await AnswerAsync(context, path);
        }
        finally
        {
            _active.AddOrUpdate(path, 0, (_, n) => n - 1);
        }
    }

    private async Task AnswerAsync(HttpContext context, string path)
    {
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        LastUserAgent = context.Request.Headers.UserAgent;
        if (!_responses.TryGetValue(path, out var response))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (response.Options.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        if (response.ETag is { } etag && context.Request.Headers.IfNoneMatch == etag)
        {
            _notModified.AddOrUpdate(path, 1, (_, n) => n + 1);
            context.Response.StatusCode = 304;
            return;
        }
        WriteHeaders(context.Response, response);
        await WriteBodyAsync(context.Response, response);
    }

    private static void WriteHeaders(HttpResponse http, FeedResponse response)
    {
        http.StatusCode = response.Status;
        http.ContentType = response.ContentType;
        if (response.ETag is not null)
        {
            http.Headers.ETag = response.ETag;
        }
        foreach (var (name, value) in response.Options.Headers)
        {
            http.Headers[name] = value;
        }
        if (response.Options.Location is { } location)
        {
            http.Headers.Location = location;
        }
    }

    private static async Task WriteBodyAsync(HttpResponse http, FeedResponse response)
    {
        if (response.Options.Encoding is not { } encoding)
        {
            await http.Body.WriteAsync(response.Body);
            return;
        }
        http.Headers.ContentEncoding = encoding;
        await using Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(http.Body, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(http.Body, CompressionLevel.Fastest, leaveOpen: true),
            _ => new DeflateStream(http.Body, CompressionLevel.Fastest, leaveOpen: true),
        };
        await compressor.WriteAsync(response.Body);
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private sealed record FeedResponse(int Status, byte[] Body, string ContentType, string? ETag, FeedResponseOptions Options);
}
