namespace NewsBot.Benchmarks.Compare;

/// <summary>The files feed_reference.py reads: everything under a folder but dot files and its own outputs.</summary>
public static class FeedFileWalk
{
    private static readonly string[] SkippedSuffixes = [".md", ".tsv", ".jsonl", ".txt", ".py", ".gz"];

    /// <summary>Every feed file under <paramref name="folder"/>, read into memory, in ordinal order of its relative name.</summary>
    public static IReadOnlyList<FeedFile> Load(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !Skipped(Path.GetFileName(path)))
            .Select(path => new FeedFile(Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(path)))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .ToList();

    private static bool Skipped(string name) =>
        name.StartsWith('.') || SkippedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
