using NewsBot.Core.Settings;

namespace NewsBot.Scheduling;

/// <summary>
/// How an instance claims feeds in clustered mode: under its own name, for a lease as long as the others wait
/// before presuming it dead (CheckinInterval + CheckinMisfireThreshold), renewed at every check-in while a poll runs,
/// with at most <see cref="Slots"/> (Cluster:PollsInFlight) polls at once.
/// </summary>
public sealed record ClaimOptions(string Owner, TimeSpan Lease, TimeSpan RenewEvery, int Slots)
{
    public static ClaimOptions For(ClusterSettings cluster, string owner) =>
        new(owner, cluster.CheckinInterval + cluster.CheckinMisfireThreshold, cluster.CheckinInterval, cluster.PollsInFlight);
}
