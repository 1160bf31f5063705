namespace NewsBot.Testing.Postgres;

/// <summary>Finds the folder holding PostgreSQL's server programs (initdb, pg_ctl, postgres).</summary>
public static class PostgresBinaries
{
    /// <summary>Names the folder to use instead of searching, e.g. a PostgreSQL built from source.</summary>
    public const string FolderVariable = "NEWSBOT_PG_BIN";

    private const string Install =
        "The Postgres storage tests start their own server: install PostgreSQL's server programs " +
        "(Debian/Ubuntu: apt-get install -y postgresql) or set " + FolderVariable + " to the folder that holds them.";

    /// <summary>
    /// <see cref="FolderVariable"/> when set, else Debian's /usr/lib/postgresql/VERSION/bin (newest first), else
    /// PATH. Throws, naming what to install, when there are none: the Postgres tests must fail, not skip.
    /// </summary>
    public static string FindFolder()
    {
        var chosen = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(chosen))
        {
            return HasServerPrograms(chosen)
                ? chosen
                : throw new InvalidOperationException($"{FolderVariable}={chosen} holds no initdb and pg_ctl. {Install}");
        }
        var searched = DebianFolders().Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        return searched.FirstOrDefault(HasServerPrograms)
            ?? throw new InvalidOperationException($"initdb and pg_ctl were found neither in /usr/lib/postgresql/*/bin nor on PATH. {Install}");
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

    private static bool HasServerPrograms(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}
