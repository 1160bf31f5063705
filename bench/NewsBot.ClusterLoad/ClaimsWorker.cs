using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Scheduling;
using NewsBot.Storage.Postgres;
using Quartz;

namespace NewsBot.ClusterLoad;

/// <summary>
/// One instance of clustered mode's scheduling as the bot wires it (Quartz's clustered store, the shard jobs, the
/// claims), with polls that only count, until the window ends; then its result.
/// </summary>
public static class ClaimsWorker
{
    public static async Task RunAsync(LoadOptions options, string connectionString, string instanceId, DateTimeOffset windowStart)
    {
        var windowEnd = windowStart + options.Measure;
        var tally = new FireTally(windowStart, windowEnd);
        var settings = new NewsBotSettings { Storage = new StorageSettings { Provider = StorageProvider.Postgres, ConnectionString = connectionString } };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddQuartz(quartz => quartz.UseNewsBotJobStore(settings, new InstanceIdentity()));
        services.AddQuartzHostedService();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PostgresDatabase(settings.Storage));
        services.AddSingleton<PostgresFeedClaims>();
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<FaultEpisodes>();
        services.AddSingleton<IClaimedPoll>(new CountedClaimedPoll(tally, options.Interval));
        services.AddSingleton(ClaimOptions.For(settings.Cluster, instanceId) with { Slots = options.Threads });
        services.AddSingleton<ClaimedPolls>();
        services.AddHostedService(sp => sp.GetRequiredService<ClaimedPolls>());
        using var host = builder.Build();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await FeedShardJobs.ScheduleAsync(scheduler, CancellationToken.None);
        await Task.Delay(windowEnd - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        Console.WriteLine(tally.Result(instanceId).ToLine());
        await host.StopAsync();
    }
}
