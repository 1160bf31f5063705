namespace NewsBot.Testing.Postgres;

/// <summary>Finds the folder holding PostgreSQL's server programs (initdb, pg_ctl, postgres).</summary>
public static class PostgresBinaries
{
    /// <summary>Overrides the search with a folder of one's own, e.g. a PostgreSQL built from source.</summary>
    public const string FolderVariable = "NEWSBOT_PG_BIN";

    /// <summary>
    /// <see cref="FolderVariable"/>, else Debian's /usr/lib/postgresql/VERSION/bin (newest first), else PATH.
    /// Throws, naming what to install, when none has them: the Postgres tests must fail, not skip.
    /// </summary>
    public static string FindFolder()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable(FolderVariable) }
            .Concat(DebianFolders())
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        return candidates.FirstOrDefault(HasServerPrograms)
            ?? throw new InvalidOperationException(
                "PostgreSQL's server programs (initdb, pg_ctl) were not found, and the Postgres storage tests start their own " +
                "server. Install them (Debian/Ubuntu: apt-get install -y postgresql) or set " + FolderVariable +
                " to the folder that holds them.");
    }

    private static IEnumerable<string> DebianFolders()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return [];
        }
        return Directory.GetDirectories(root)
            .OrderByDescending(version => int.TryParse(Path.GetFileName(version), out var number) ? number : 0)
            .Select(version => Path.Combine(version, "bin"));
    }

    private static bool HasServerPrograms(string? folder) =>
        !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}
