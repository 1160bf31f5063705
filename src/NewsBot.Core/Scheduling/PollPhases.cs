using NewsBot.Core.Settings;

namespace NewsBot.Core.Scheduling;

/// <summary>
/// Where in its interval each feed is polled, as a fraction of the interval: the feeds of one host, in the order of a
/// stable hash of their names, take evenly spaced places from a starting place that a stable hash of the host's name
/// gives. Polls are then spread over the whole interval, and one publisher never gets a burst. A feed's place depends
/// only on its name, its host and how many feeds that host has, so restarts and reloads keep it; adding or removing a
/// feed of a host moves that host's other feeds by less than one spacing.
/// </summary>
public static class PollPhases
{
    public static Dictionary<string, double> Of(IEnumerable<FeedSettings> feeds)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var host in feeds.GroupBy(f => HostOf(f.Url), StringComparer.OrdinalIgnoreCase))
        {
            var start = StableHash.Fraction(host.Key);
            var ordered = host.Select(f => f.Name).OrderBy(StableHash.Of).ThenBy(name => name, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                phases[ordered[i]] = (start + ((double)i / ordered.Count)) % 1;
            }
        }
        return phases;
    }

    /// <summary>The first time at or after <paramref name="after"/> that lies at <paramref name="phase"/> of an interval counted from the Unix epoch.</summary>
    public static DateTimeOffset NextTurn(DateTimeOffset after, TimeSpan interval, double phase)
    {
        var offset = (long)(phase * interval.Ticks);
        var sinceTurn = (after - DateTimeOffset.UnixEpoch).Ticks - offset;
        var wait = ((-sinceTurn % interval.Ticks) + interval.Ticks) % interval.Ticks;
        return after + TimeSpan.FromTicks(wait);
    }

    /// <summary>Feeds of one server share a place in the spreading; files share one too.</summary>
    private static string HostOf(string url) =>
        FeedSource.IsHttp(url) && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "";
}
