using NewsBot.Core.Feeds;

namespace NewsBot.Cli;

/// <summary>
/// The parse verb: reads feed files and prints what they hold, as a short line per file or, with --jsonl, one JSON
/// line per file in the corpus schema (file paths relative to the folder given).
/// </summary>
public static class ParseCommand
{
    private static readonly string[] SkippedSuffixes = [".md", ".tsv", ".jsonl", ".txt", ".py", ".gz"];

    public static int Run(IReadOnlyList<string> paths, bool jsonl, TextWriter output)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"No such file or folder: {path}");
        }
        using var buffered = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
        var writer = ReferenceEquals(output, Console.Out) ? buffered : output;
        // Files are independent: parse them on every core, print them in order.
        var lines = paths.Except(missing).SelectMany(FeedFiles).AsParallel().AsOrdered()
            .Select(f => Describe(f.File, f.Relative, jsonl));
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
        writer.Flush();
        return missing.Count == 0 ? 0 : 1;
    }

    private static string Describe(string file, string relative, bool jsonl)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            var feed = FeedParser.Parse(bytes);
            return jsonl
                ? FeedJsonl.ToJsonLine(relative, bytes.Length, feed, null)
                : $"{relative}: {feed.Format}, {feed.Items.Count} items, \"{feed.Title}\"{(feed.Problem is { } p ? $", ill-formed: {p}" : "")}";
        }
        catch (FeedFormatException e)
        {
            return jsonl ? FeedJsonl.ToJsonLine(relative, bytes.Length, null, e.Message) : $"{relative}: {e.Message}";
        }
    }

    /// <summary>A file as itself; a folder's feed files recursively, in a stable order, named relative to it.</summary>
    private static IEnumerable<(string File, string Relative)> FeedFiles(string path)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => (File: f, Relative: Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !Skipped(Path.GetFileName(f.File)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }

    private static bool Skipped(string name) =>
        name.StartsWith('.') || SkippedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
