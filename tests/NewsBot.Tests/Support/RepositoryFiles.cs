using NewsBot.Testing;

namespace NewsBot.Tests.Support;

/// <summary>Finds the repository's own files (samples, deploy/, README) from the test binaries.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() => AncestorFolders.Holding("NewsBot.sln"));

    /// <summary>The folder holding NewsBot.sln.</summary>
    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
