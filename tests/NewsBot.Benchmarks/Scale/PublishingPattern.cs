namespace NewsBot.Benchmarks.Scale;

/// <summary>
/// When one simulated feed publishes: a Poisson process whose mean gap is the feed's by day (06:00–22:00) and
/// <see cref="NightFactor"/> times longer by night, drawn from a seeded generator so that every run is the same.
/// </summary>
public sealed record PublishingPattern(string Kind, TimeSpan DayGap, double NightFactor)
{
    /// <summary>
    /// The mix of an aggregator's feeds: a few wires, more newsrooms, mostly quiet blogs and press pages; each feed's
    /// gap is its kind's times a factor between ½ and 2.
    /// </summary>
    public static PublishingPattern For(int feed, Random random)
    {
        var spread = Math.Pow(2, (random.NextDouble() * 2) - 1);
        return (feed % 20) switch
        {
            0 => new("wire", TimeSpan.FromMinutes(3) * spread, 5),
            < 6 => new("newsroom", TimeSpan.FromMinutes(30) * spread, 6),
            _ => new("blog", TimeSpan.FromHours(8) * spread, 1),
        };
    }

    /// <summary>The story times within [0, <paramref name="length"/>), by thinning a process at the day rate.</summary>
    public List<TimeSpan> Stories(TimeSpan length, Random random)
    {
        var stories = new List<TimeSpan>();
        for (var t = Gap(random); t < length; t += Gap(random))
        {
            if (IsDay(t) || random.NextDouble() < 1 / NightFactor)
            {
                stories.Add(t);
            }
        }
        return stories;
    }

    private TimeSpan Gap(Random random) => DayGap * -Math.Log(1 - random.NextDouble());

    private static bool IsDay(TimeSpan t) => t.TotalHours % 24 is >= 6 and < 22;
}
