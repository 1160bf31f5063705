using NewsBot.Core.Settings;

namespace NewsBot.Scheduling;

/// <summary>
/// How an instance claims feeds in clustered mode: under its own name, for a lease as long as the others wait
/// before presuming it dead (CheckinInterval + CheckinMisfireThreshold), renewed at every check-in while a poll runs,
/// with at most <see cref="Slots"/> polls at once.
/// </summary>
public sealed record ClaimOptions(string Owner, TimeSpan Lease, TimeSpan RenewEvery, int Slots)
{
    /// <summary>Polls in flight per instance: a 100,000-feed minute is 1,667 polls a second across the cluster.</summary>
    public const int DefaultSlots = 64;

    public static ClaimOptions For(ClusterSettings cluster, string owner) =>
        new(owner, cluster.CheckinInterval + cluster.CheckinMisfireThreshold, cluster.CheckinInterval, DefaultSlots);
}
