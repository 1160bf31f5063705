using System.Collections.Specialized;
using System.Globalization;
using NewsBot.Scheduling;
using Quartz;

namespace NewsBot.ClusterLoad;

/// <summary>A scheduler on the bot's clustered PostgreSQL job store (as QuartzClusterSetup configures it), with the knobs under test.</summary>
public static class QuartzProperties
{
    public static async Task<IScheduler> SchedulerAsync(LoadOptions options, string connectionString, string instanceId)
    {
        var properties = For(options, connectionString, instanceId);
        var factory = QuartzSchedulerBuilder.Create().UseProperties(properties).Build();
        return await factory.GetScheduler();
    }

    private static NameValueCollection For(LoadOptions options, string connectionString, string instanceId)
    {
        var properties = Common(options, connectionString, instanceId);
        if (options.Batch > 0)
        {
            properties["quartz.scheduler.batchTriggerAcquisitionMaxCount"] = Str(options.Batch);
        }
        return properties;
    }

    private static NameValueCollection Common(LoadOptions options, string connectionString, string instanceId) => new()
    {
        ["quartz.scheduler.instanceName"] = QuartzClusterSetup.SchedulerName,
        ["quartz.scheduler.instanceId"] = instanceId,
        ["quartz.threadPool.maxConcurrency"] = Str(options.Threads),
        ["quartz.serializer.type"] = "stj",
        ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
        ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
        ["quartz.jobStore.dataSource"] = "default",
        ["quartz.dataSource.default.provider"] = "Npgsql",
        ["quartz.dataSource.default.connectionString"] = connectionString,
        ["quartz.jobStore.clustered"] = "true",
        ["quartz.jobStore.clusterCheckinInterval"] = "10000",
        ["quartz.jobStore.clusterCheckinMisfireThreshold"] = "20000",
        ["quartz.jobStore.acquireTriggersWithinLock"] = options.WithinLock ? "true" : "false",
        ["quartz.jobStore.misfireThreshold"] = Str((int)options.MisfireThreshold.TotalMilliseconds),
    };

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
