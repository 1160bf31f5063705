using NewsBot.Core.Settings;
using NewsBot.Hosting;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Where Quartz keeps the feeds' jobs: in memory for SQLite's single instance, and in PostgreSQL's clustered job
/// store when several instances share the database, so that each feed is polled by one instance at a time and a
/// dead instance's feeds are taken over by the others.
/// </summary>
public static class QuartzClusterSetup
{
    /// <summary>One name for every instance: Quartz clusters the schedulers that share a name and a database.</summary>
    public const string SchedulerName = "NewsBot";

    public static void UseNewsBotJobStore(this IQuartzBuilder quartz, NewsBotSettings settings, InstanceIdentity instance)
    {
        if (settings.Storage.Provider != StorageProvider.Postgres)
        {
            // The in-memory store (SQLite serves one instance), taking the triggers due within the next second in
            // one round: with thousands of feeds, one round and one wake-up per fire was a busy scheduler thread.
            // A turn fired that early still counts as on time (PollIntervals.OnTimeWithin).
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.MaxBatchSize = ThreadPoolOptions.DefaultMaxConcurrency; // a batch must not exceed the pool
                scheduler.BatchTriggerAcquisitionFireAheadTimeWindow = TimeSpan.FromSeconds(1);
            });
            return;
        }
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
            // The id that also names this instance's outbox leases, so that both are traced to one process.
            scheduler.InstanceId = instance.Id;
        });
        quartz.UsePersistentStore(store =>
        {
            // The tables are ours to create (Storage/Postgres/Schema/004_quartz.sql); Quartz validates them at start.
            store.UsePostgres(settings.Storage.ConnectionString);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = settings.Cluster.CheckinInterval;
                cluster.CheckinMisfireThreshold = settings.Cluster.CheckinMisfireThreshold;
            });
        });
    }
}
