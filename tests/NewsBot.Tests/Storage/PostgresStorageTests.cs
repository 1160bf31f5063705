using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    private PostgresTestDatabase? _database;

    protected override async Task<StorageUnderTest> CreateStorageAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync(server);
        var instance = _database.OpenInstance();
        return new StorageUnderTest(instance, new PostgresStoryStore(instance), new PostgresOutbox(instance));
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
