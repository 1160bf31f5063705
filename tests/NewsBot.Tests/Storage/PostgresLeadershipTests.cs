using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

/// <summary>Only one instance reads Telegram updates; when it goes, another takes over.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeadershipTests(PostgresServer server) : IAsyncLifetime
{
    private PostgresTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync(server);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task One_instance_leads_and_the_lead_passes_on_when_it_goes()
    {
        var first = new PostgresLeadership(_database.OpenInstance());
        await using var second = new PostgresLeadership(_database.OpenInstance());

        Assert.True(await first.LeadAsync(default));
        Assert.False(await second.LeadAsync(default));
        Assert.True(await first.LeadAsync(default));

        await first.DisposeAsync(); // the leader's connection ends, as when its process is killed
        Assert.True(await second.LeadAsync(default));
    }
}
