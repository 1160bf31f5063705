using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Settings;
using SQLitePCL;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// The SQLite file: opens connections, creates and upgrades the schema, and holds a lock file so that a second
/// instance on the same file is refused instead of posting everything twice.
/// </summary>
public sealed class SqliteDatabase : IStorageDatabase, IDisposable
{
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();
    private readonly string _connectionString;
    private readonly string _path;
    private FileStream? _instanceLock;

    public SqliteDatabase(StorageSettings settings)
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        _path = Path.GetFullPath(builder.DataSource);
        builder.DataSource = _path;
        builder.DefaultTimeout = 30;
        _connectionString = builder.ToString();
    }

    /// <summary>Takes the instance lock, then creates or upgrades the schema. Called once at start.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        TakeInstanceLock();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;");
        foreach (var (scriptVersion, sql) in SchemaScripts.For("Sqlite").Where(s => s.Version > version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(sql, transaction: transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {scriptVersion};", transaction: transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        // This process holds the only lock, so any lease left in the file belongs to a process that died.
        await connection.ExecuteAsync("UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL;");
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // These settings last as long as the SQLite handle, which the pool keeps across opens: set once per handle,
        // not at every open.
        if (!_configured.TryGetValue(connection.Handle!, out _))
        {
            await connection.ExecuteAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
            _configured.AddOrUpdate(connection.Handle!, Configured);
        }
        return connection;
    }

    private void TakeInstanceLock()
    {
        if (_instanceLock is not null)
        {
            return;
        }
        var lockPath = _path + ".lock";
        try
        {
            _instanceLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new StorageInUseException(
                $"Another NewsBot instance is using {_path} (lock file {lockPath}). SQLite serves one instance; " +
                "to run several, use Storage:Provider = Postgres.", e);
        }
    }

    public void Dispose() => _instanceLock?.Dispose();
}
