namespace NewsBot.Tests.Support;

/// <summary>Finds the repository's own files (samples, deploy/, README) from the test binaries.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding NewsBot.sln.</summary>
    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("NewsBot.sln not found above the test binaries");
    }
}
