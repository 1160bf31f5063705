using System.Globalization;
using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Compare;

/// <summary>
/// <c>compare DIR OUT_DIR</c>: each parser writes OUT_DIR/PARSER.jsonl in the corpus schema (a file it throws on gets
/// an <c>error</c> record); that pass is also the warm-up for the timed passes of <see cref="ParseTiming"/>.
/// </summary>
public static class CompareCommand
{
    private static readonly IFeedAdapter[] Adapters = [new NewsBotFeedAdapter(), new SyndicationFeedAdapter(), new CodeHollowFeedAdapter()];

    public static int Run(string folder, string outFolder)
    {
        // CodeHollow.FeedReader parses dates with the current culture: pin it so that results do not depend on the machine.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        // Legacy code pages (windows-1251, big5...) for every parser, not only those that register them themselves.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var files = FeedFileWalk.Load(folder);
        Directory.CreateDirectory(outFolder);
        var parsed = Adapters.ToDictionary(a => a, a => WriteJsonl(a, files, Path.Combine(outFolder, a.Name + ".jsonl")));
        // Throwing early is cheap: speed is also measured on the files that every parser reads.
        var common = files.Where(f => parsed.Values.All(set => set.Contains(f))).ToList();
        Console.WriteLine($"{files.Count} files ({Megabytes(files):F2} MB); read by all parsers: {common.Count} ({Megabytes(common):F2} MB)");
        var all = ParseTiming.MegabytesPerSecond(Adapters, files);
        var shared = ParseTiming.MegabytesPerSecond(Adapters, common);
        Console.WriteLine("parser        thrown   MB/s all files   MB/s files all read");
        foreach (var adapter in Adapters)
        {
            Console.WriteLine($"{adapter.Name,-12} {files.Count - parsed[adapter].Count,7} {all[adapter],16:F1} {shared[adapter],21:F1}");
        }
        return 0;
    }

    /// <summary>Writes one record per file; returns the files the parser read without throwing.</summary>
    private static HashSet<FeedFile> WriteJsonl(IFeedAdapter adapter, IReadOnlyList<FeedFile> files, string path)
    {
        var read = new HashSet<FeedFile>();
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        foreach (var file in files)
        {
            var (feed, error) = ParseTiming.TryParse(adapter, file.Data);
            if (feed is not null)
            {
                read.Add(file);
            }
            writer.WriteLine(FeedJsonl.ToJsonLine(file.Relative, file.Data.Length, feed, error, adapter.Name));
        }
        return read;
    }

    private static double Megabytes(IEnumerable<FeedFile> files) => files.Sum(f => (long)f.Data.Length) / 1e6;
}
