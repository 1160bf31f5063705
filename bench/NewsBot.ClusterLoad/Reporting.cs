using System.Globalization;
using NewsBot.Testing.Postgres;

namespace NewsBot.ClusterLoad;

/// <summary>One run per instance count on a fresh database, and its line of the capacity table.</summary>
public static class Reporting
{
    /// <summary>Seeds a fresh database (returning the first turn), runs the workers, prints their rates and lateness.</summary>
    public static async Task RunAsync(LoadOptions options, PostgresServer server, string workerMode, Func<string, Task<DateTimeOffset>> seed)
    {
        Console.WriteLine("instances | per second (all) | per second per instance | lateness p50 | lateness p99 (worst instance)");
        foreach (var instances in options.Instances)
        {
            var connectionString = await server.CreateDatabaseAsync();
            var first = await seed(connectionString);
            var windowStart = (first + options.WarmUp).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            Row(instances, await WorkerProcesses.RunAsync(workerMode, instances, [connectionString, windowStart, .. options.ToArguments()]));
        }
    }

    private static void Row(int instances, List<WorkerResult> results)
    {
        var total = results.Sum(r => r.FiresPerSecond);
        var each = string.Join(" / ", results.Select(r => r.FiresPerSecond.ToString("0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"{instances} | {total:0} | {each} | {results.Max(r => r.LatenessP50):0.0} s | {results.Max(r => r.LatenessP99):0.0} s");
    }
}
