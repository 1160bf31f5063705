using System.Collections.Concurrent;
using NewsBot.Core.Settings;

namespace NewsBot.Polling;

/// <summary>
/// When each feed may be polled again, when that is later than its next turn: a failing feed backs off
/// exponentially, and a server that asks for fewer polls (ttl, max-age, Expires, Retry-After) gets them, both up
/// to the feed's MaxPollDelay.
/// </summary>
public sealed class FeedPacing(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new();

    /// <summary>True when the feed may be polled now; a trigger a moment early still counts as on time.</summary>
    public bool IsDue(FeedSettings feed) =>
        !_notBefore.TryGetValue(feed.Name, out var notBefore) || time.GetUtcNow() + (feed.Interval / 20) >= notBefore;

    /// <summary>After the <paramref name="failures"/>th failure in a row: wait 1, 2, 4 … intervals, or as the server asked.</summary>
    public TimeSpan AfterFailure(FeedSettings feed, int failures, TimeSpan? retryAfter)
    {
        var backoff = feed.Interval * Math.Pow(2, Math.Min(failures - 1, 30)) * (0.9 + (Random.Shared.NextDouble() * 0.2));
        var wait = Min(Max(backoff, retryAfter ?? TimeSpan.Zero), feed.MaxPollDelay);
        Defer(feed, wait);
        return wait;
    }

    /// <summary>After a good poll: the regular interval, unless the server asked to wait longer.</summary>
    public void AfterSuccess(FeedSettings feed, TimeSpan? serverWish)
    {
        if (serverWish > feed.Interval)
        {
            Defer(feed, Min(serverWish.Value, feed.MaxPollDelay));
        }
        else
        {
            _notBefore.TryRemove(feed.Name, out _);
        }
    }

    private void Defer(FeedSettings feed, TimeSpan wait) => _notBefore[feed.Name] = time.GetUtcNow() + wait;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
