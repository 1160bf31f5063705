using NewsBot.Core.Scheduling;
using NewsBot.Core.Settings;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>How long an adaptive feed waits after a good poll, from its poll history and that poll (see <see cref="AdaptiveInterval"/>).</summary>
public sealed class AdaptivePolling(IPollHistory history, TimeProvider time)
{
    /// <summary>The feed's interval after a poll that found <paramref name="newStories"/>: its Interval unless it is adaptive.</summary>
    public async Task<TimeSpan> IntervalAfterAsync(FeedSettings feed, int newStories, CancellationToken cancellationToken)
    {
        if (!PollIntervals.IsAdaptive(feed))
        {
            return feed.Interval;
        }
        var polls = (await history.RecentAsync(feed.Name, cancellationToken))
            .Select(p => new PollSample(DateTimeOffset.FromUnixTimeMilliseconds(p.PolledAt), p.NewStories))
            .Append(new PollSample(time.GetUtcNow(), newStories))
            .ToList();
        return AdaptiveInterval.Of(feed, polls);
    }
}
