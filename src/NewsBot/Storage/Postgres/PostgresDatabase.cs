using System.Data.Common;
using Dapper;
using NewsBot.Core.Settings;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL database that several instances share: hands out pooled connections and creates or upgrades
/// the schema, one instance at a time.
/// </summary>
public sealed class PostgresDatabase(StorageSettings settings) : IStorageDatabase, IAsyncDisposable, IDisposable
{
    // Any key every instance agrees on; "NewsBot" in ASCII, so that it is recognisable in pg_locks.
    private const long SchemaLockKey = 0x4E_65_77_73_42_6F_74;

    private const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY)";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(settings.ConnectionString);

    /// <summary>
    /// Applies the schema scripts newer than schema_version in one transaction. Leases are left alone, unlike
    /// SQLite's: other instances may be sending those posts right now, and an expired lease frees itself.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Instances starting together would all find version 0 and all create the tables; the lock makes the
        // others wait for the first one's commit and then find nothing to do. It is released at commit.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = SchemaLockKey }, transaction);
        await connection.ExecuteAsync(CreateVersionTable, transaction: transaction);
        var version = await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction);
        foreach (var (scriptVersion, sql) in SchemaScripts.For("Postgres").Where(s => s.Version > version))
        {
            await connection.ExecuteAsync(sql, transaction: transaction);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@scriptVersion)", new { scriptVersion }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// A connection outside the pool, whose session ends when it is disposed: for session-level advisory locks,
    /// which a pooled connection would keep holding after it is returned.
    /// </summary>
    public async Task<DbConnection> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
