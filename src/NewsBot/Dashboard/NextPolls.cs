using NewsBot.Scheduling;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Dashboard;

/// <summary>When a feed is next polled: its Quartz trigger's next fire, or later while it backs off.</summary>
public sealed class NextPolls(ISchedulerFactory schedulers)
{
    public async Task<DateTimeOffset?> OfAsync(FeedState state, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(state.Feed, FeedScheduleSync.Group), cancellationToken);
        var next = trigger?.NextFireTimeUtc;
        return state.PollNotBefore > next ? state.PollNotBefore : next;
    }
}
