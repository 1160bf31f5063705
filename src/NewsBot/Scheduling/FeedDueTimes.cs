using Quartz;

namespace NewsBot.Scheduling;

/// <summary>When a feed of the clustered schedule is due: what a per-feed Quartz trigger would have fired on.</summary>
public static class FeedDueTimes
{
    /// <summary>A feed new to the schedule, or whose schedule changed, polls within seconds (spread by the jitter).</summary>
    public static DateTimeOffset First(FeedSchedule schedule, DateTimeOffset now) => now + FeedSchedule.Jitter(schedule.Interval);

    /// <summary>The turn after the one that was due at <paramref name="due"/>, polled by <paramref name="now"/>.</summary>
    public static DateTimeOffset Next(FeedSchedule schedule, DateTimeOffset due, DateTimeOffset now)
    {
        if (schedule.Cron is { } cron)
        {
            // Cron fires on the second written; the jitter spreads feeds that share an expression.
            var fire = new CronExpression(cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(now) ?? DateTimeOffset.MaxValue;
            return fire == DateTimeOffset.MaxValue ? fire : fire + FeedSchedule.Jitter(schedule.Interval);
        }
        // Turns missed (downtime, a poll longer than the interval) are not made up: one poll, then the interval.
        var next = due + schedule.Interval;
        return next > now ? next : now + schedule.Interval;
    }
}
