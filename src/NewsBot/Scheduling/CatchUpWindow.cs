namespace NewsBot.Scheduling;

/// <summary>
/// Over how long the catch-up polls of overdue feeds (at start, after downtime, or many feeds added at once) are
/// spread: at twice the rate the schedule needs anyway, and at least <see cref="MinRate"/> a second. Ten thousand new
/// feeds then do not all poll in the first seconds (a burst that set the process's peak memory), while a few still
/// poll within seconds.
/// </summary>
public static class CatchUpWindow
{
    /// <summary>Catch-up polls a second that any machine takes, however few feeds there are.</summary>
    public const double MinRate = 50;

    public static TimeSpan For(int overdue, IEnumerable<FeedSchedule> schedules)
    {
        var steadyRate = schedules.Sum(schedule => 1 / schedule.Interval.TotalSeconds);
        return TimeSpan.FromMilliseconds(Math.Round(1000 * overdue / Math.Max(MinRate, 2 * steadyRate)));
    }
}
