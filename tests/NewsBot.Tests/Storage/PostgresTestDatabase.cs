using NewsBot.Core.Settings;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

/// <summary>A fresh database on the test server, and the bot instances opened on it, disposed together.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly StorageSettings _settings;
    private readonly List<PostgresDatabase> _instances = [];

    private PostgresTestDatabase(string connectionString) =>
        _settings = new StorageSettings { Provider = StorageProvider.Postgres, ConnectionString = connectionString };

    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server) => new(await server.CreateDatabaseAsync());

    /// <summary>What one more bot instance using this database would open.</summary>
    public PostgresDatabase OpenInstance()
    {
        var instance = new PostgresDatabase(_settings);
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }
}
