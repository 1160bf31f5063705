namespace NewsBot.Testing;

/// <summary>Finds folders the tests need (the repository, ../shared) by walking up from the test binaries.</summary>
public static class AncestorFolders
{
    /// <summary>The nearest folder above the test binaries that holds <paramref name="relative"/>, a file or folder.</summary>
    public static string Holding(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"{relative} was not found above the test binaries");
    }
}
