using NewsBot.Hosting;
using NewsBot.Polling;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job of one feed (its key's name is the feed's name). Never runs twice at once for a feed.</summary>
[DisallowConcurrentExecution]
public sealed class PollFeedJob(
    FeedPoller poller,
    CurrentSettings settings,
    FeedHealth health,
    FeedPauses pauses,
    FeedScheduleSync schedules,
    FeedFaults faults,
    TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var feed = settings.Feed(name);
        if (feed is null)
        {
            return;
        }
        // A bug or a storage fault in one feed's poll must not stop the others; it is logged once per episode.
        await faults.For(name).TryAsync(async () =>
        {
            if (await pauses.IsPausedAsync(name, cancellationToken))
            {
                return;
            }
            if (context.Trigger is ICronTrigger)
            {
                // Cron fires on the second written; spread feeds that share an expression.
                await Task.Delay(FeedSchedule.Jitter(feed.Interval), time, cancellationToken);
            }
            var answered = await poller.PollAsync(feed, cancellationToken);
            if (await health.UpdateAsync(feed, answered, cancellationToken))
            {
                await schedules.ApplyAsync(cancellationToken);
            }
        }, cancellationToken);
    }
}
