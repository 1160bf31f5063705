using System.Globalization;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>The Quartz jobs of clustered mode: one <see cref="ShardPollJob"/> per shard, firing every second.</summary>
public static class FeedShardJobs
{
    public const string Group = "feed-shards";

    /// <summary>
    /// Schedules the shards' jobs that the cluster lacks, and removes the per-feed jobs of a version before
    /// feed_schedule (which would poll every feed a second time); returns how many of those there were.
    /// </summary>
    public static async Task<int> ScheduleAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var perFeed = await scheduler.DeleteJobs(GroupMatcher<JobKey>.GroupEquals(FeedScheduleSync.Group), cancellationToken);
        for (var shard = 0; shard < FeedShards.Count; shard++)
        {
            var key = new JobKey(shard.ToString(CultureInfo.InvariantCulture), Group);
            if (!await scheduler.Exists(key, cancellationToken))
            {
                await scheduler.ScheduleJob(JobBuilder.Create<ShardPollJob>().WithIdentity(key).Build(), TriggerFor(key), new ScheduleJobOptions { Replace = true }, cancellationToken);
            }
        }
        return perFeed.Count;
    }

    // A fire missed (every instance down) is not made up: the next one claims every feed due by then.
    private static ITrigger TriggerFor(JobKey key) =>
        TriggerBuilder.Create().WithIdentity(key.Name, Group).ForJob(key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(FeedShards.ClaimEvery).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
}
