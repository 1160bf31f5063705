namespace NewsBot.Core.Feeds.Files;

/// <summary>The feed files a path names: a file as itself, a folder's files recursively in a stable order.</summary>
public static class FeedFiles
{
    /// <summary>What a corpus folder holds besides feeds (its README, reference outputs, tools).</summary>
    private static readonly string[] SkippedSuffixes = [".md", ".tsv", ".jsonl", ".txt", ".py", ".gz"];

    public static IEnumerable<FeedFile> Under(string path)
    {
        if (File.Exists(path))
        {
            return [new FeedFile(path, System.IO.Path.GetFileName(path))];
        }
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !Skipped(System.IO.Path.GetFileName(f)))
            .Select(f => new FeedFile(f, System.IO.Path.GetRelativePath(path, f).Replace(System.IO.Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }

    private static bool Skipped(string name) =>
        name.StartsWith('.') || SkippedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
