namespace NewsBot.Core.Settings;

/// <summary>The intervals a feed may be polled at: its Interval, or, when adaptive, any between its minimum and maximum.</summary>
public static class PollIntervals
{
    private static readonly TimeSpan EarlyFireFloor = TimeSpan.FromSeconds(2);

    /// <summary>The shortest adaptive interval: MinInterval, else a quarter of Interval but no less than the floor for a feed on another host.</summary>
    public static TimeSpan Min(FeedSettings feed)
    {
        if (feed.MinInterval is { } min)
        {
            return min;
        }
        var quarter = feed.Interval / 4;
        var floor = FeedSource.IsLocal(feed.Url) || feed.Interval < SettingsValidator.IntervalFloor ? TimeSpan.Zero : SettingsValidator.IntervalFloor;
        return quarter > floor ? quarter : floor;
    }

    /// <summary>The longest adaptive interval: MaxInterval, else four times Interval.</summary>
    public static TimeSpan Max(FeedDefaults feed) => feed.MaxInterval ?? feed.Interval * 4;

    /// <summary>How often the feed's trigger fires: an adaptive feed's at its minimum, and the rule skips the turns it does not need.</summary>
    public static TimeSpan Cadence(FeedSettings feed) => IsAdaptive(feed) ? Min(feed) : feed.Interval;

    /// <summary>
    /// How early a turn may come and still be on time for a poll deferred to it: a twentieth of the cadence, and at
    /// least 2 s, as the in-memory scheduler fires up to a second early to take a second's triggers in one round.
    /// </summary>
    public static TimeSpan OnTimeWithin(FeedSettings feed)
    {
        var twentieth = Cadence(feed) / 20;
        return twentieth > EarlyFireFloor ? twentieth : EarlyFireFloor;
    }

    /// <summary>Adaptive polling applies to feeds on an Interval, not on a Cron.</summary>
    public static bool IsAdaptive(FeedSettings feed) => feed.Adaptive && feed.Cron is null;
}
