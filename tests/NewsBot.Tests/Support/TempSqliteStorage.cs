using NewsBot.Core.Settings;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Tests.Support;

/// <summary>A SQLite file of one test's own with its schema, the store and outbox over it; removed afterwards.</summary>
public sealed class TempSqliteStorage : IDisposable
{
    private readonly TempDirectory _directory = new();

    private TempSqliteStorage()
    {
        Database = new SqliteDatabase(new StorageSettings { ConnectionString = $"Data Source={_directory.Combine("newsbot.db")}" });
        Store = new SqliteStoryStore(Database);
        Outbox = new SqliteOutbox(Database);
    }

    public SqliteDatabase Database { get; }

    public SqliteStoryStore Store { get; }

    public SqliteOutbox Outbox { get; }

    public static async Task<TempSqliteStorage> CreateAsync()
    {
        var storage = new TempSqliteStorage();
        await storage.Store.MigrateAsync(CancellationToken.None);
        return storage;
    }

    public void Dispose()
    {
        Database.Dispose();
        _directory.Dispose();
    }
}
