namespace NewsBot.ClusterLoad;

/// <summary>One instance: a clustered Quartz scheduler firing the feeds' jobs until the window ends, then its result.</summary>
public static class QuartzWorker
{
    public static async Task RunAsync(LoadOptions options, string connectionString, string instanceId, DateTimeOffset windowStart)
    {
        var windowEnd = windowStart + options.Measure;
        var tally = new FireTally(windowStart, windowEnd);
        var scheduler = await QuartzProperties.SchedulerAsync(options, connectionString, instanceId);
        scheduler.Context[FireTally.Key] = tally;
        await scheduler.Start();
        await Task.Delay(windowEnd - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        await scheduler.Standby();
        Console.WriteLine(tally.Result(instanceId).ToLine());
        await scheduler.Shutdown(waitForJobsToComplete: false);
    }
}
