using System.Globalization;
using System.Text;

namespace NewsBot.Load;

/// <summary>What one run measured, and its printout: a Markdown table, one figure a line.</summary>
public sealed record LoadReport(
    LoadOptions Options,
    TimeSpan StartupToFirstPoll,
    TimeSpan StartupToEveryFeedPolled,
    double CpuPercentOfMachine,
    long PeakRssBytes,
    long SteadyRssBytes,
    int[] PollsPerFeed,
    int[] PollsPerSecond,
    List<TimeSpan> Freshness,
    int Published,
    int Lost,
    int Duplicates,
    int Misrouted,
    int Rejected429)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        var o = Options;
        Line(text, "run", $"{o.Feeds} feeds, {o.Channels} channels, Interval {o.Interval:c}, {o.Stories} stories every {o.StoriesEvery.TotalSeconds:0} s for {o.Duration:c}, {Environment.ProcessorCount} cores" +
            (o.Environment.Count == 0 ? "" : ", " + string.Join(' ', o.Environment.Select(e => $"{e.Key}={e.Value}"))));
        Line(text, "start-up to first poll", $"{StartupToFirstPoll.TotalSeconds:0.0} s (every feed polled once: {StartupToEveryFeedPolled.TotalSeconds:0.0} s)");
        Line(text, "CPU, steady state", $"{CpuPercentOfMachine:0.0} % of the machine");
        Line(text, "peak RSS", $"{Megabytes(PeakRssBytes)} MB (at the end of the steady state: {Megabytes(SteadyRssBytes)} MB)");
        var sorted = PollsPerFeed.Order().ToArray();
        Line(text, "polls per feed, steady state", $"min {sorted[0]}, median {sorted[sorted.Length / 2]}, max {sorted[^1]} (expected {o.Duration / o.Interval:0.#})");
        var average = PollsPerSecond.Average();
        Line(text, "polls per second", $"average {average:0.0}, busiest second {PollsPerSecond.Max()} ({PollsPerSecond.Max() / Math.Max(average, 0.001):0.0}x the average)");
        Line(text, "freshness (publication to Telegram accepted)", Freshness.Count == 0 ? "none delivered"
            : $"p50 {Percentile(0.5):0.0} s, p99 {Percentile(0.99):0.0} s, max {Freshness.Max().TotalSeconds:0.0} s");
        Line(text, "429s", Rejected429.ToString(CultureInfo.InvariantCulture));
        Line(text, "stories", $"{Published} published, {Lost} lost, {Duplicates} duplicates, {Misrouted} in a wrong channel");
        return text.ToString();
    }

    private double Percentile(double p)
    {
        var sorted = Freshness.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)].TotalSeconds;
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string metric, string value) => text.Append(CultureInfo.InvariantCulture, $"| {metric} | {value} |\n");
}
