namespace NewsBot.Core.Settings;

/// <summary>
/// How instances sharing a PostgreSQL database notice each other's death and take over its work. With SQLite
/// (one instance) only <see cref="OutboxLease"/> applies.
/// </summary>
public sealed class ClusterSettings
{
    /// <summary>How often an instance records in the database that it is alive (Quartz's cluster check-in).</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long past a missed check-in the others wait before taking over a silent instance's feeds.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long an instance holds the post it is sending; a dead instance's post is taken over when it ends. A
    /// send gives up after half of it, so that a live sender never outlasts its lease.
    /// </summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Postgres: how many feeds one instance polls at once. A 100,000-feed minute is 1,667 polls a second across the
    /// cluster, so with polls of 100 ms on average the cluster needs about 170 in flight.
    /// </summary>
    public int PollsInFlight { get; set; } = 64;
}
