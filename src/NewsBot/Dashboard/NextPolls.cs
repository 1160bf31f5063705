using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using Quartz;

namespace NewsBot.Dashboard;

/// <summary>
/// When a feed is next polled: its Quartz trigger's next fire (clustered: its turn in feed_schedule), or later while
/// it backs off.
/// </summary>
public sealed class NextPolls(ISchedulerFactory schedulers, PostgresFeedClaims? claims = null)
{
    public async Task<DateTimeOffset?> OfAsync(FeedState state, CancellationToken cancellationToken)
    {
        var next = claims is null ? await TriggerNextAsync(state.Feed, cancellationToken) : await claims.NextPollAsync(state.Feed, cancellationToken);
        return state.PollNotBefore > next ? state.PollNotBefore : next;
    }

    private async Task<DateTimeOffset?> TriggerNextAsync(string feed, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(feed, FeedScheduleSync.Group), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
