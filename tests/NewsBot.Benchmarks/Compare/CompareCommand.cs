using System.Diagnostics;
using System.Globalization;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Compare;

/// <summary>
/// <c>compare DIR OUT_DIR</c>: each parser writes OUT_DIR/PARSER.jsonl in the corpus schema (a file it throws on gets
/// an <c>error</c> record), then parses every file again, timed, in memory on one thread after that warm-up pass.
/// </summary>
public static class CompareCommand
{
    private const int TimedPasses = 5;

    private static readonly IFeedAdapter[] Adapters = [new NewsBotFeedAdapter(), new SyndicationFeedAdapter(), new CodeHollowFeedAdapter()];

    public static int Run(string folder, string outFolder)
    {
        // CodeHollow.FeedReader parses dates with the current culture: pin it so that results do not depend on the machine.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var files = FeedFileWalk.Load(folder);
        var megabytes = files.Sum(f => f.Data.Length) / 1e6;
        Directory.CreateDirectory(outFolder);
        Console.WriteLine($"{files.Count} files, {megabytes:F1} MB; median of {TimedPasses} timed passes");
        foreach (var adapter in Adapters)
        {
            var thrown = WriteJsonl(adapter, files, Path.Combine(outFolder, adapter.Name + ".jsonl"));
            var seconds = MedianPassSeconds(adapter, files);
            Console.WriteLine($"{adapter.Name,-12} thrown on {thrown,3} files   {megabytes / seconds,7:F1} MB/s");
        }
        return 0;
    }

    /// <summary>Writes one record per file; returns how many files the parser threw on.</summary>
    private static int WriteJsonl(IFeedAdapter adapter, IReadOnlyList<FeedFile> files, string path)
    {
        var thrown = 0;
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        foreach (var file in files)
        {
            var (feed, error) = TryParse(adapter, file.Data);
            thrown += error is null ? 0 : 1;
            writer.WriteLine(FeedJsonl.ToJsonLine(file.Relative, file.Data.Length, feed, error, adapter.Name));
        }
        return thrown;
    }

    private static (ParsedFeed? Feed, string? Error) TryParse(IFeedAdapter adapter, byte[] data)
    {
        try
        {
            return (adapter.Parse(data), null);
        }
        catch (Exception e)
        {
            // The same shape as feed_reference.py's error: "Type: message", at most 200 characters.
            var text = $"{e.GetType().Name}: {e.Message}";
            return (null, text.Length > 200 ? text[..200] : text);
        }
    }

    private static double MedianPassSeconds(IFeedAdapter adapter, IReadOnlyList<FeedFile> files)
    {
        var seconds = Enumerable.Range(0, TimedPasses).Select(_ => PassSeconds(adapter, files)).Order().ToList();
        return seconds[TimedPasses / 2];
    }

    /// <summary>Bytes to <see cref="ParsedFeed"/> for every file, exceptions included (a throwing parser pays for them).</summary>
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
