using NewsBot.Core.Scheduling;
using NewsBot.Core.Settings;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// When a feed's job fires: every Interval at its phase (see <see cref="PollPhases"/>), on a cron expression, or
/// (disabled) a slow probe. A record, so that a reload compares old and new and only touches the jobs that changed.
/// </summary>
public sealed record FeedSchedule(TimeSpan Interval, string? Cron, bool Probing, double Phase)
{
    /// <summary>How often a disabled feed is tried.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromHours(1);

    /// <summary>An adaptive feed's trigger fires at its shortest interval (see <see cref="PollIntervals.Cadence"/>).</summary>
    public static FeedSchedule For(FeedSettings feed, bool disabled, double phase) =>
        disabled ? new(ProbeInterval, null, true, 0) : new(PollIntervals.Cadence(feed), feed.Cron, false, feed.Cron is null ? phase : 0);

    /// <summary>
    /// The feed's trigger, and a catch-up poll when the feed is <paramref name="overdue"/> (see <see cref="IsOverdue"/>):
    /// within seconds, or at a random time <paramref name="catchUpWithin"/> when many are (see <see cref="CatchUpWindow"/>).
    /// An interval feed whose own turn comes first, or within a tenth of its interval, waits for it.
    /// </summary>
    public IReadOnlyCollection<ITrigger> TriggersFor(string feed, bool overdue, DateTimeOffset now, TimeSpan catchUpWithin)
    {
        var trigger = Trigger(feed, now);
        if (!overdue)
        {
            return [trigger];
        }
        var jitter = Cron is null ? JitterBound(Interval) : TimeSpan.Zero;
        var catchUp = now + RandomBelow(jitter > catchUpWithin ? jitter : catchUpWithin);
        return Cron is not null || (trigger.StartTimeUtc - now > Interval / 10 && catchUp < trigger.StartTimeUtc)
            ? [trigger, CatchUp(feed, catchUp)]
            : [trigger];
    }

    private ITrigger Trigger(string feed, DateTimeOffset now)
    {
        var trigger = TriggerBuilder.Create().WithIdentity(feed, FeedScheduleSync.Group).ForJob(feed, FeedScheduleSync.Group);
        if (Cron is not null)
        {
            // Cron feeds get their jitter in PollFeedJob.
            return trigger.StartAt(now)
                .WithCronSchedule(Cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
        }
        // A probe waits its hour; the others fire at their phase of each interval counted from the epoch, the same in
        // every instance and after every restart. A misfire (an instance taking over a dead one's feeds) polls at once.
        return trigger.StartAt(Probing ? now + Interval : PollPhases.NextTurn(now, Interval, Phase))
            .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
    }

    /// <summary>One poll; its name is the feed's, so that every instance of a cluster replaces the same one.</summary>
    private static ITrigger CatchUp(string feed, DateTimeOffset at) =>
        TriggerBuilder.Create().WithIdentity($"{feed} (catch-up)", FeedScheduleSync.Group).ForJob(feed, FeedScheduleSync.Group)
            .StartAt(at)
            .Build();

    /// <summary>Overdue: never polled, or a cron fire or a whole interval passed since its last poll, as after downtime.</summary>
    public bool IsOverdue(FeedState? state, DateTimeOffset now) => !Probing && state?.LastPolledAt switch
    {
        null => true,
        { } last when Cron is not null => new CronExpression(Cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(last) <= now,
        { } last => now - last >= Interval,
    };

    /// <summary>Up to a tenth of the interval (at most 5 s), so that the feeds polled at once do not all fire in the same second.</summary>
    public static TimeSpan Jitter(TimeSpan interval) => RandomBelow(JitterBound(interval));

    private static TimeSpan JitterBound(TimeSpan interval) => TimeSpan.FromMilliseconds(Math.Min(interval.TotalMilliseconds / 10, 5000));

    private static TimeSpan RandomBelow(TimeSpan bound) => bound * Random.Shared.NextDouble();

    /// <summary>How the schedule reads in a log line.</summary>
    public override string ToString() => this switch
    {
        { Probing: true } => $"disabled, probed every {Interval}",
        { Cron: { } cron } => $"cron '{cron}' (UTC)",
        _ => $"every {Interval} at {Phase:P0} of it",
    };
}
