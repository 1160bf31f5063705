using System.Diagnostics;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Compare;

/// <summary>
/// In-process throughput, bytes to <see cref="ParsedFeed"/> on one thread. Parsers take turns pass by pass so that load
/// from other processes falls on all of them alike; the fastest pass counts, being the least disturbed one.
/// </summary>
public static class ParseTiming
{
    private const int Rounds = 7;

    public static Dictionary<IFeedAdapter, double> MegabytesPerSecond(IReadOnlyList<IFeedAdapter> adapters, IReadOnlyList<FeedFile> files)
    {
        var best = adapters.ToDictionary(a => a, _ => double.MaxValue);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var adapter in adapters)
            {
                best[adapter] = Math.Min(best[adapter], PassSeconds(adapter, files));
            }
        }
        var megabytes = files.Sum(f => (long)f.Data.Length) / 1e6;
        return best.ToDictionary(p => p.Key, p => megabytes / p.Value);
    }

    /// <summary>The parsed feed, or the exception as feed_reference.py writes it ("Type: message", at most 200 characters).</summary>
    public static (ParsedFeed? Feed, string? Error) TryParse(IFeedAdapter adapter, byte[] data)
    {
        try
        {
            return (adapter.Parse(data), null);
        }
        catch (Exception e)
        {
            var text = $"{e.GetType().Name}: {e.Message}";
            return (null, text.Length > 200 ? text[..200] : text);
        }
    }

    /// <summary>One pass over every file, exceptions included: a parser that throws pays for it.</summary>
    private static double PassSeconds(IFeedAdapter adapter, IReadOnlyList<FeedFile> files)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            TryParse(adapter, file.Data);
        }
        return watch.Elapsed.TotalSeconds;
    }
}
