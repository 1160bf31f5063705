using System.Data.Common;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Polling;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz job of one feed (its key's name is the feed's name). Never runs twice at once for a feed.</summary>
[DisallowConcurrentExecution]
public sealed partial class PollFeedJob(
    FeedPoller poller,
    CurrentSettings settings,
    FeedHealth health,
    FeedPauses pauses,
    FeedScheduleSync schedules,
    StorageHealth storage,
    TimeProvider time,
    ILogger<PollFeedJob> logger) : IJob
{
    /// <summary>How /readyz names the polls when they fail on storage: one name for all feeds, as storage is one.</summary>
    private const string StorageUser = "Polling feeds";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var feed = settings.Value.Feeds.Find(f => f.Name == name);
        if (feed is null || pauses.IsPaused(name))
        {
            return;
        }
        try
        {
            if (context.Trigger is ICronTrigger)
            {
                // Cron fires on the second written; spread feeds that share an expression.
                await Task.Delay(FeedSchedule.Jitter(feed.Interval), time, cancellationToken);
            }
            await poller.PollAsync(feed, cancellationToken);
            if (await health.UpdateAsync(feed, cancellationToken))
            {
                await schedules.ApplyAsync(cancellationToken);
            }
            storage.Recovered(StorageUser);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // A bug or a storage fault in one feed's poll must not stop the others.
            LogPollCrashed(e, name);
            if (e is DbException)
            {
                storage.Failed(StorageUser, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {Feed}: poll failed unexpectedly; trying again on its next turn")]
    private partial void LogPollCrashed(Exception exception, string feed);
}
