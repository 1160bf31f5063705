using System.Text.Json.Nodes;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Support;

/// <summary>
/// The storage a scenario written once runs on: the settings file's own SQLite in the test's folder, or a fresh
/// database of the shared PostgreSQL test server.
/// </summary>
public abstract class ScenarioStorage
{
    public static ScenarioStorage Sqlite { get; } = new SqliteFile();

    public static ScenarioStorage Postgres(PostgresServer server) => new PostgresDatabase(server);

    /// <summary>Creates what the storage needs before the first bot starts.</summary>
    public abstract Task PrepareAsync();

    /// <summary>Points the settings at this storage.</summary>
    public abstract void Use(JsonObject settings);

    private sealed class SqliteFile : ScenarioStorage
    {
        public override Task PrepareAsync() => Task.CompletedTask;

        public override void Use(JsonObject settings)
        {
        }
    }

    private sealed class PostgresDatabase(PostgresServer server) : ScenarioStorage
    {
        private string _connectionString = null!;

        public override async Task PrepareAsync() => _connectionString = await server.CreateDatabaseAsync();

        public override void Use(JsonObject settings) => PostgresSettings.Use(settings, _connectionString);
    }
}
