using System.Text.Json.Nodes;
using NewsBot.Testing.Postgres;
using NewsBot.Tests.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The grouping scenario on a fresh PostgreSQL database of the shared test server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGroupingTests(PostgresServer server) : GroupingScenario
{
    private string _connectionString = null!;

    public override async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    protected override void UseStorage(JsonObject settings) => PostgresSettings.Use(settings, _connectionString);
}
