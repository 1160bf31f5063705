namespace NewsBot.Benchmarks.Scale;

/// <summary>
/// <c>adaptive-sim FEEDS DAYS</c>: the freshness adaptive polling buys at the same number of requests. Polls FEEDS
/// simulated feeds (<see cref="PublishingPattern"/>, seed 15) for DAYS every 5 minutes, then adaptive with the
/// Interval that spends the same number of requests (found by bisection), and prints both.
/// </summary>
public static class AdaptiveCommand
{
    private static readonly TimeSpan Fixed = TimeSpan.FromMinutes(5);

    public static int Run(int feedCount, int days)
    {
        var random = new Random(15);
        var length = TimeSpan.FromDays(days);
        var feeds = Enumerable.Range(0, feedCount)
            .Select(i => (Name: $"feed-{i}", Stories: PublishingPattern.For(i, random).Stories(length, random)))
            .ToList();
        var simulation = new AdaptiveSimulation(feeds, length);
        var plain = simulation.Run(Fixed, adaptive: false);
        var (interval, adaptive) = SameRequests(simulation, plain.Requests);
        Console.WriteLine($"{feedCount} feeds, {days} days, {plain.DelaysSeconds.Count} stories");
        Console.WriteLine("polling                         requests   mean delay s   median s   p95 s   p99 s");
        Print($"every {Fixed}", plain);
        Print($"adaptive, Interval {interval:hh\\:mm\\:ss}", adaptive);
        Print($"adaptive, Interval {Fixed}", simulation.Run(Fixed, adaptive: true));
        return 0;
    }

    /// <summary>The adaptive Interval whose requests come nearest the plain run's: more Interval, fewer requests.</summary>
    private static (TimeSpan Interval, AdaptiveSimulation.Outcome Outcome) SameRequests(AdaptiveSimulation simulation, long requests)
    {
        var (low, high) = (Fixed / 8, Fixed * 8);
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = simulation.Run(middle, adaptive: true).Requests > requests ? (middle, high) : (low, middle);
        }
        var interval = TimeSpan.FromSeconds(Math.Round(high.TotalSeconds));
        return (interval, simulation.Run(interval, adaptive: true));
    }

    private static void Print(string name, AdaptiveSimulation.Outcome outcome)
    {
        var delays = outcome.DelaysSeconds;
        Console.WriteLine($"{name,-30} {outcome.Requests,10} {delays.Average(),14:0} {Percentile(delays, 0.5),10:0} {Percentile(delays, 0.95),7:0} {Percentile(delays, 0.99),7:0}");
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];
}
