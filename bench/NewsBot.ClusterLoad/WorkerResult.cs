using System.Text.Json;

namespace NewsBot.ClusterLoad;

/// <summary>What a worker process reports on its last line of output: its fires and their lateness.</summary>
public sealed record WorkerResult(string Instance, int Fires, double FiresPerSecond, double LatenessP50, double LatenessP99)
{
    private const string Prefix = "RESULT ";

    public static WorkerResult Of(string instance, List<double> lateness, TimeSpan window)
    {
        lateness.Sort();
        return new(instance, lateness.Count, lateness.Count / window.TotalSeconds, Percentile(lateness, 0.50), Percentile(lateness, 0.99));
    }

    /// <summary>The p-th percentile of sorted values (0 when there are none).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    public string ToLine() => Prefix + JsonSerializer.Serialize(this);

    public static WorkerResult? FromLine(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<WorkerResult>(line[Prefix.Length..]) : null;
}
