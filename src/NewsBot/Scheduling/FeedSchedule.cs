using NewsBot.Core.Settings;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// When a feed's job fires: every Interval, on a cron expression, or (disabled) a slow probe. A record, so that a
/// reload compares old and new and only touches the jobs that changed.
/// </summary>
public sealed record FeedSchedule(TimeSpan Interval, string? Cron, bool Probing)
{
    /// <summary>How often a disabled feed is tried.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromHours(1);

    public static FeedSchedule For(FeedSettings feed, bool disabled) =>
        disabled ? new(ProbeInterval, null, true) : new(feed.Interval, feed.Cron, false);

    public ITrigger TriggerFor(string feed, DateTimeOffset now)
    {
        var trigger = TriggerBuilder.Create().WithIdentity(feed, FeedScheduleSync.Group).ForJob(feed, FeedScheduleSync.Group);
        if (Cron is not null)
        {
            // Cron feeds get their jitter in PollFeedJob; a missed fire runs once at once (the catch-up poll).
            return trigger.StartAt(now)
                .WithCronSchedule(Cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
        }
        // A probe waits its hour; a new or changed schedule polls within seconds.
        return trigger.StartAt(now + (Probing ? Interval : Jitter(Interval)))
            .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
    }

    /// <summary>Up to a tenth of the interval (at most 5 s) so that feeds do not all fire in the same second.</summary>
    public static TimeSpan Jitter(TimeSpan interval) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(interval.TotalMilliseconds / 10, 5000));

    /// <summary>How the schedule reads in a log line.</summary>
    public override string ToString() => this switch
    {
        { Probing: true } => $"disabled, probed every {Interval}",
        { Cron: { } cron } => $"cron '{cron}' (UTC)",
        _ => $"every {Interval}",
    };
}
