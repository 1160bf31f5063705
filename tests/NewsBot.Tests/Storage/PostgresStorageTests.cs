using Dapper;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    /// <summary>The schema script that gave the outbox its fields column.</summary>
    private const int PostFieldsVersion = 12;

    private readonly List<PostgresTestDatabase> _databases = [];

    protected override async Task<StorageUnderTest> CreateStorageAsync()
    {
        var database = await PostgresTestDatabase.CreateAsync(server);
        _databases.Add(database);
        var instance = database.OpenInstance();
        return new StorageUnderTest(instance, new PostgresStoryStore(instance), new PostgresOutbox(instance));
    }

    protected override async Task<StorageUnderTest> CreateStorageBeforePostFieldsAsync()
    {
        var storage = await CreateStorageAsync();
        await using var connection = await storage.Database.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE schema_version (version integer NOT NULL PRIMARY KEY)");
        foreach (var (version, sql) in SchemaScripts.For("Postgres").Where(s => s.Version < PostFieldsVersion))
        {
            await connection.ExecuteAsync(sql);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", new { version });
        }
        return storage;
    }

    public override async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}
