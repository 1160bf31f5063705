using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>The poll of a claimed feed, as <see cref="PollFeedJob"/> polls one: paused feeds skip, health is updated.</summary>
public sealed class ClaimedFeedPoll(
    FeedPoller poller,
    CurrentSettings settings,
    FeedHealth health,
    FeedPauses pauses,
    FeedFaults faults,
    TimeProvider time) : IClaimedPoll
{
    public async Task<DateTimeOffset> PollAsync(FeedClaim claim, CancellationToken cancellationToken)
    {
        var feed = settings.Feed(claim.Feed);
        if (feed is null)
        {
            return time.GetUtcNow(); // removed by a reload a moment ago; the schedule sync deletes its row
        }
        // A bug or a storage fault in one feed's poll must not stop the others; it is logged once per episode.
        await faults.For(feed.Name).TryAsync(async () =>
        {
            if (!await pauses.IsPausedAsync(feed.Name, cancellationToken))
            {
                var answered = await poller.PollAsync(feed, cancellationToken);
                await health.UpdateAsync(feed, answered, cancellationToken);
            }
        }, cancellationToken);
        return FeedDueTimes.Next(FeedSchedule.For(feed, health.IsDisabled(feed.Name), phase: 0), claim.Due, time.GetUtcNow());
    }
}
