using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.WebSub;

/// <summary>
/// A WebSub hub of our own over loopback HTTP: records subscription requests (answering 202, or a 307 from /old to
/// /), and verifies and publishes to a subscriber's callback the way real hubs do.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    private readonly ConcurrentQueue<HubRequest> _requests = new();
    private readonly HttpClient _client = new();
    private LoopbackServer? _server;

    /// <summary>The hub's URL; <c>{Url}old</c> redirects here with a 307.</summary>
    public string Url => (_server?.BaseUrl ?? throw new InvalidOperationException("not started")) + "/";

    public IReadOnlyList<HubRequest> Requests => [.. _requests];

    public static async Task<TestHub> StartAsync()
    {
        var hub = new TestHub();
        hub._server = await LoopbackServer.StartAsync(app => app.Run(hub.HandleAsync));
        return hub;
    }

    /// <summary>The hub's verification GET for <paramref name="request"/>; another topic or mode when given.</summary>
    public async Task<(int Status, string Body)> VerifyAsync(HubRequest request, string? topic = null, int leaseSeconds = 3600, string challenge = "c4ll3ng3")
    {
        var query = $"hub.mode={request.Mode}&hub.topic={Uri.EscapeDataString(topic ?? request.Topic)}&hub.challenge={challenge}" +
            $"&hub.lease_seconds={leaseSeconds.ToString(CultureInfo.InvariantCulture)}";
        using var response = await _client.GetAsync($"{request.Callback}?{query}");
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Delivers <paramref name="body"/> to the subscriber, signed with its secret by <paramref name="algorithm"/> unless a signature is given.</summary>
    public async Task<int> PublishAsync(HubRequest request, string body, string algorithm = "sha256", string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/atom+xml") { CharSet = "utf-8" };
        content.Headers.Add("X-Hub-Signature", signature ?? $"{algorithm}={Convert.ToHexStringLower(Sign(algorithm, Encoding.UTF8.GetBytes(request.Secret), bytes))}");
        using var response = await _client.PostAsync(request.Callback, content);
        return (int)response.StatusCode;
    }

    private static byte[] Sign(string algorithm, byte[] key, byte[] body) => algorithm switch
    {
#pragma warning disable CA5350 // hubs sign with sha1 too
        "sha1" => HMACSHA1.HashData(key, body),
#pragma warning restore CA5350
        "sha384" => HMACSHA384.HashData(key, body),
        "sha512" => HMACSHA512.HashData(key, body),
        _ => HMACSHA256.HashData(key, body),
    };

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == "/old")
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = Url;
            return;
        }
        var form = await context.Request.ReadFormAsync();
        _requests.Enqueue(new HubRequest(form["hub.mode"]!, form["hub.topic"]!, form["hub.callback"]!, form["hub.secret"]!, form["hub.lease_seconds"]!));
        context.Response.StatusCode = 202;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
