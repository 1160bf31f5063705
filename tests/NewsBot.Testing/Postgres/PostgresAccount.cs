namespace NewsBot.Testing.Postgres;

/// <summary>
/// The account that runs PostgreSQL's programs: the current one, or, since PostgreSQL refuses to run as root, an
/// unprivileged one when the tests run as root (as in containers and CI): "postgres" where the Debian package
/// created it, else "newsbot-pg", created here.
/// </summary>
internal sealed class PostgresAccount
{
    private const string PackageAccount = "postgres";
    private const string OwnAccount = "newsbot-pg";

    // Null: the current account.
    private readonly string? _name;

    private PostgresAccount(string? name) => _name = name;

    public static async Task<PostgresAccount> ForThisProcessAsync()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new PostgresAccount(null);
        }
        if (Exists(PackageAccount))
        {
            return new PostgresAccount(PackageAccount);
        }
        if (!Exists(OwnAccount))
        {
            await ProcessRunner.RunAsync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OwnAccount], "/");
        }
        return new PostgresAccount(OwnAccount);
    }

    /// <summary>Makes <paramref name="folder"/> the account's, so that the server can write its files there.</summary>
    public Task TakeOwnershipAsync(string folder) =>
        _name is null ? Task.CompletedTask : ProcessRunner.RunAsync("chown", ["-R", _name, folder], folder);

    /// <summary>Runs <paramref name="program"/> as the account, in <paramref name="folder"/> (which it can read).</summary>
    public Task RunAsync(string program, IEnumerable<string> arguments, string folder) =>
        _name is null
            ? ProcessRunner.RunAsync(program, arguments, folder)
            : ProcessRunner.RunAsync("runuser", ["-u", _name, "--", program, .. arguments], folder);

    private static bool Exists(string account) =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(account + ":", StringComparison.Ordinal));
}
