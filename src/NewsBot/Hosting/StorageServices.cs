using NewsBot.Cluster;
using NewsBot.Core.Settings;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Hosting;

/// <summary>
/// The storage provider that Storage:Provider names, with the reader of Telegram updates it allows (one instance on
/// SQLite; the leader among several on PostgreSQL), and the schema brought up to date at start.
/// </summary>
internal static class StorageServices
{
    public static void AddStorage(this IServiceCollection services, StorageSettings storage)
    {
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                services.AddSqlite(storage);
                break;
            case StorageProvider.Postgres:
                services.AddPostgres(storage);
                break;
            default:
                throw new SettingsException([new("Storage:Provider", $"'{storage.Provider}' is not one of {StorageProvider.Sqlite}, {StorageProvider.Postgres}")]);
        }
        services.AddHostedService<StorageInitializer>();
    }

    // Factories rather than instances, so that the container disposes the database (the lock file, the pool) at stop.
    private static void AddSqlite(this IServiceCollection services, StorageSettings storage)
    {
        services.AddSingleton(_ => new SqliteDatabase(storage));
        services.AddSingleton<IStorageDatabase>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IStoryStore, SqliteStoryStore>();
        services.AddSingleton<IOutbox, SqliteOutbox>();
        services.AddSingleton<IPinStore>(sp => new SqlPinStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IPauseStore>(sp => new SqlPauseStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IPollHistory>(sp => new SqlPollHistory(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IStatusQueries>(sp => new SqlStatusQueries(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IUpdatesLeadership, SingleInstanceLeadership>();
    }

    private static void AddPostgres(this IServiceCollection services, StorageSettings storage)
    {
        services.AddSingleton(_ => new PostgresDatabase(storage));
        services.AddSingleton<IStorageDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<IStoryStore, PostgresStoryStore>();
        services.AddSingleton<IOutbox, PostgresOutbox>();
        services.AddSingleton<IPinStore>(sp => new SqlPinStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IPauseStore>(sp => new SqlPauseStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IPollHistory>(sp => new SqlPollHistory(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IStatusQueries>(sp => new SqlStatusQueries(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IUpdatesLeadership, PostgresLeadership>();
    }
}
