using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsBot.Testing;

namespace NewsBot.Load;

/// <summary>
/// N feeds on loopback at /feed/{i}: even ones answer a conditional GET with 304 when unchanged, odd ones always
/// answer 200 with the same body (no validators), as many publishers do. Counts every poll by feed and by second.
/// </summary>
public sealed class LoadFeedServer : IAsyncDisposable
{
    private readonly LoadFeed[] _feeds;
    private readonly int[] _polls;
    private readonly ConcurrentDictionary<long, int> _pollsBySecond = new();
    private readonly Stopwatch _clock;
    private LoopbackServer? _server;

    private LoadFeedServer(int feeds, Stopwatch clock)
    {
        _clock = clock;
        _polls = new int[feeds];
        var old = DateTimeOffset.UtcNow.AddHours(-3);
        _feeds = [.. Enumerable.Range(0, feeds).Select(i => new LoadFeed(i, old))];
    }

    /// <summary>Harness time of the first poll, or null before it.</summary>
    public TimeSpan? FirstPollAt { get; private set; }

    public int FeedCount => _feeds.Length;

    public static async Task<LoadFeedServer> StartAsync(int feeds, Stopwatch clock)
    {
        var server = new LoadFeedServer(feeds, clock);
        server._server = await LoopbackServer.StartAsync(app => app.MapGet("/feed/{id:int}", server.Serve));
        return server;
    }

    public string UrlOf(int feed) => $"{_server!.BaseUrl}/feed/{feed}";

    /// <summary>How many times each feed has been polled so far.</summary>
    public int[] PollsSnapshot() => [.. _polls];

    /// <summary>Polls in each whole second of harness time from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public int[] PollsPerSecond(long from, long to) => [.. Enumerable.Range(0, (int)(to - from)).Select(s => _pollsBySecond.GetValueOrDefault(from + s))];

    public void Publish(int feed, string id, string title, DateTimeOffset published) => _feeds[feed].Add(id, title, published);

    private IResult Serve(int id, HttpContext context)
    {
        if (id < 0 || id >= _feeds.Length)
        {
            return Results.NotFound();
        }
        var now = _clock.Elapsed;
        FirstPollAt ??= now;
        Interlocked.Increment(ref _polls[id]);
        _pollsBySecond.AddOrUpdate((long)now.TotalSeconds, 1, (_, n) => n + 1);
        var (body, etag) = _feeds[id].Current();
        if (id % 2 == 0)
        {
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            context.Response.Headers.ETag = etag;
        }
        return Results.Bytes(body, "application/rss+xml; charset=utf-8");
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
