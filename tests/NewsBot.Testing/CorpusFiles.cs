namespace NewsBot.Testing;

/// <summary>Finds ../shared/corpus beside the repository, as CI lays it out.</summary>
public static class CorpusFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Absolute path of the corpus folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>Absolute path of a file given relative to the corpus folder.</summary>
    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    private static string FindRoot() => Path.Combine(AncestorFolders.Holding(Path.Combine("shared", "corpus")), "shared", "corpus");
}
