namespace NewsBot.Testing;

/// <summary>Finds ../shared/corpus beside the repository, as CI lays it out.</summary>
public static class CorpusFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Absolute path of the corpus folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>Absolute path of a file given relative to the corpus folder.</summary>
    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/corpus was not found beside the repository (expected ../shared/corpus)");
    }
}
