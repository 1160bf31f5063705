using System.Globalization;

namespace NewsBot.ClusterLoad;

/// <summary>One line of a capacity table: the instances' rates summed and each, and the worst lateness.</summary>
public static class Reporting
{
    public static void Row(int instances, List<WorkerResult> results)
    {
        var total = results.Sum(r => r.FiresPerSecond);
        var each = string.Join(" / ", results.Select(r => r.FiresPerSecond.ToString("0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"{instances} | {total:0} | {each} | {results.Max(r => r.LatenessP50):0.0} s | {results.Max(r => r.LatenessP99):0.0} s");
    }
}
