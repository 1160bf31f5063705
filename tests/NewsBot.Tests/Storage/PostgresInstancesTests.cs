using System.Collections.Concurrent;
using Dapper;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;
using static NewsBot.Tests.Storage.StorageSamples;

namespace NewsBot.Tests.Storage;

/// <summary>Several bot instances on one PostgreSQL database, which is what the Postgres provider is for.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInstancesTests(PostgresServer server) : IAsyncLifetime
{
    private PostgresTestDatabase _database = null!;

    private static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync(server);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Instances_starting_together_all_start_and_create_the_schema_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => _database.OpenInstance()).ToList();

        await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.InitializeAsync(None))));

        await using var connection = await instances[0].OpenConnectionAsync(None);
        var versions = await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version");
        Assert.Equal(SchemaScripts.For("Postgres").Select(script => script.Version), versions);
    }

    [Fact]
    public async Task Starting_an_instance_leaves_the_other_instances_leases_alone()
    {
        var first = await StartInstanceAsync();
        await new PostgresStoryStore(first).RecordPollAsync(Poll(Post("a")), None);
        Assert.NotNull(await new PostgresOutbox(first).ClaimNextAsync(Channel, "first", Now, Lease, Unlimited, None));

        var second = await StartInstanceAsync();

        Assert.Null(await new PostgresOutbox(second).ClaimNextAsync(Channel, "second", Now, Lease, Unlimited, None));
    }

    [Fact]
    public async Task Instances_claiming_together_claim_every_post_once_in_order()
    {
        var first = await StartInstanceAsync();
        var keys = Enumerable.Range(0, 200).Select(i => $"k{i:D3}").ToList();
        await new PostgresStoryStore(first).RecordPollAsync(Poll(keys.Select(key => Post(key)).ToArray()), None);
        var outboxes = new[] { new PostgresOutbox(first), new PostgresOutbox(await StartInstanceAsync()) };
        var claims = new ConcurrentQueue<OutboxEntry>();

        await Task.WhenAll(outboxes.Select((outbox, i) => Task.Run(() => DrainAsync(outbox, $"instance-{i}", claims))));

        Assert.Equal(keys, claims.Select(entry => entry.StoryKey));
        Assert.All(claims, entry => Assert.Equal(1, entry.Attempts));
    }

    [Fact]
    public async Task A_head_locked_by_another_claimer_is_neither_waited_for_nor_passed()
    {
        var first = await StartInstanceAsync();
        await new PostgresStoryStore(first).RecordPollAsync(Poll(Post("a"), Post("b")), None);
        await using var connection = await first.OpenConnectionAsync(None);
        await using var transaction = await connection.BeginTransactionAsync(None);
        await connection.ExecuteAsync("SELECT id FROM outbox WHERE story_key = 'a' FOR UPDATE", transaction: transaction);

        var claim = new PostgresOutbox(await StartInstanceAsync()).ClaimNextAsync(Channel, "second", Now, Lease, Unlimited, None);

        Assert.Null(await claim.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Two_instances_recording_one_story_from_two_feeds_at_once_open_one_post()
    {
        var stores = new[] { new PostgresStoryStore(await StartInstanceAsync()), new PostgresStoryStore(await StartInstanceAsync()) };
        const int Rounds = 10;

        for (var round = 0; round < Rounds; round++)
        {
            // Each round its own story, a window after the last one, recorded by both instances at the same moment.
            var minutes = round * 13 * 60;
            var polls = new[]
            {
                Poll(GroupedPost($"reuters{round}", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters", minutes)) with { Feed = "reuters" },
                Poll(GroupedPost($"bbc{round}", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes)) with { Feed = "bbc" },
            };
            await Task.WhenAll(polls.Select((poll, i) => Task.Run(() => stores[i].RecordPollAsync(poll, None))));
        }

        await using var connection = await _database.OpenInstance().OpenConnectionAsync(None);
        Assert.Equal(Rounds, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE kind = 'send'"));
        Assert.Equal(Rounds, await connection.ExecuteScalarAsync<int>("SELECT COUNT(DISTINCT group_key) FROM story_group"));
    }

    private async Task<PostgresDatabase> StartInstanceAsync()
    {
        var instance = _database.OpenInstance();
        await instance.InitializeAsync(None);
        return instance;
    }

    // A publisher's loop without Telegram: claim the head, record it, mark it sent, until the queue is empty.
    private static async Task DrainAsync(IOutbox outbox, string owner, ConcurrentQueue<OutboxEntry> claims)
    {
        while ((await outbox.DepthByChannelAsync(None)).ContainsKey(Channel))
        {
            var entry = await outbox.ClaimNextAsync(Channel, owner, Now, Lease, Unlimited, None);
            if (entry is not null)
            {
                claims.Enqueue(entry);
                await outbox.MarkSentAsync(entry.Id, messageId: entry.Id, Now, null, None);
            }
        }
    }
}
