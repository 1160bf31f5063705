using NewsBot.Core.Settings;
using NewsBot.Hosting;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Turns the feed settings into one Quartz job per feed, each on its own interval with a little jitter.</summary>
public sealed class FeedScheduleSync(ISchedulerFactory schedulerFactory, CurrentSettings settings) : IHostedService
{
    public const string Group = "feeds";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var feed in settings.Value.Feeds)
        {
            await scheduler.ScheduleJob(JobFor(feed), TriggerFor(feed), new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IJobDetail JobFor(FeedSettings feed) =>
        JobBuilder.Create<PollFeedJob>().WithIdentity(feed.Name, Group).Build();

    private static ITrigger TriggerFor(FeedSettings feed) =>
        TriggerBuilder.Create()
            .WithIdentity(feed.Name, Group)
            .StartAt(DateTimeOffset.UtcNow + Jitter(feed.Interval))
            .WithSimpleSchedule(s => s.WithInterval(feed.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();

    /// <summary>Up to a tenth of the interval (at most 5 s at start) so that feeds do not all fire in the same second.</summary>
    private static TimeSpan Jitter(TimeSpan interval) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(interval.TotalMilliseconds / 10, 5000));
}
