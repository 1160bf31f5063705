using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Feeds;

/// <summary>Serves feed bytes over loopback HTTP, with ETag conditional GET, and counts requests per path.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FeedResponse> _responses = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private LoopbackServer? _server;

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("not started");

    public static async Task<FeedServer> StartAsync()
    {
        var feeds = new FeedServer();
        feeds._server = await LoopbackServer.StartAsync(app => app.Run(feeds.HandleAsync));
        return feeds;
    }

    /// <summary>The URL of a path on this server.</summary>
    public string UrlOf(string path) => $"{BaseUrl}/{path.TrimStart('/')}";

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on.</summary>
    public void Serve(string path, byte[] body, string contentType = "application/rss+xml; charset=utf-8") =>
        _responses["/" + path.TrimStart('/')] = new FeedResponse(200, body, contentType, '"' + Convert.ToHexString(SHA256.HashData(body))[..16] + '"');

    public void Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Serve(path, System.Text.Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>Answers <paramref name="status"/> with no body at <paramref name="path"/> from now on.</summary>
    public void Fail(string path, int status) => _responses["/" + path.TrimStart('/')] = new FeedResponse(status, [], "text/plain", null);

    public int RequestCount(string path) => _requests.GetValueOrDefault("/" + path.TrimStart('/'));

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (!_responses.TryGetValue(path, out var response))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (response.ETag is { } etag && context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        if (response.ETag is not null)
        {
            context.Response.Headers.ETag = response.ETag;
        }
        await context.Response.Body.WriteAsync(response.Body);
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private sealed record FeedResponse(int Status, byte[] Body, string ContentType, string? ETag);
}
