using NewsBot.Core.Settings;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>
/// When a feed may be polled again, when that is later than its next turn: a failing feed backs off exponentially,
/// and a server that asks for fewer polls (ttl, max-age, Expires, Retry-After) gets them, both up to the feed's
/// MaxPollDelay; an adaptive feed skips the turns its interval does not need. The time is kept in the feed's state, so that every instance and a restart honour it.
/// </summary>
public sealed class FeedPacing(TimeProvider time)
{
    /// <summary>True when the feed may be polled now; a trigger a moment early still counts as on time (<see cref="PollIntervals.OnTimeWithin"/>).</summary>
    public bool IsDue(FeedSettings feed, FeedState state) =>
        state.PollNotBefore is not { } notBefore || time.GetUtcNow() + PollIntervals.OnTimeWithin(feed) >= notBefore;

    /// <summary>After the <paramref name="failures"/>th failure in a row: wait 1, 2, 4 … intervals, or as the server asked.</summary>
    public TimeSpan BackoffAfter(FeedSettings feed, int failures, TimeSpan? retryAfter)
    {
        var backoff = feed.Interval * Math.Pow(2, Math.Min(failures - 1, 30)) * (0.9 + (Random.Shared.NextDouble() * 0.2));
        return Min(Max(backoff, retryAfter ?? TimeSpan.Zero), feed.MaxPollDelay);
    }

    /// <summary>
    /// After a good poll: null (the trigger's next turn), unless the server asked to wait longer (up to MaxPollDelay)
    /// or an adaptive feed's <paramref name="pollEvery"/> is longer than its trigger's turns.
    /// </summary>
    public TimeSpan? DelayAfterSuccess(FeedSettings feed, TimeSpan? serverWish, TimeSpan pollEvery)
    {
        var cadence = PollIntervals.Cadence(feed);
        var wait = Max(serverWish > cadence ? Min(serverWish.Value, feed.MaxPollDelay) : TimeSpan.Zero, pollEvery);
        return wait > cadence ? wait : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
