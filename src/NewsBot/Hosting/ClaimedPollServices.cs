using NewsBot.Core.Settings;
using NewsBot.Scheduling;
using NewsBot.Storage.Postgres;

namespace NewsBot.Hosting;

/// <summary>Clustered mode's scheduling: feeds claimed from feed_schedule by Quartz shard jobs (see <see cref="ClaimScheduleSync"/>).</summary>
internal static class ClaimedPollServices
{
    public static void AddClaimedPolls(this IServiceCollection services, ClusterSettings cluster, InstanceIdentity instance)
    {
        services.AddSingleton<PostgresFeedClaims>();
        services.AddSingleton<IClaimedPoll, ClaimedFeedPoll>();
        services.AddSingleton(ClaimOptions.For(cluster, instance.Id));
        services.AddSingleton<ClaimedPolls>();
        services.AddHostedService(sp => sp.GetRequiredService<ClaimedPolls>());
        services.AddHostedService<ClaimScheduleSync>();
    }
}
