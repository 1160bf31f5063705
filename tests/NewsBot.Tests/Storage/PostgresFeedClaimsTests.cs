using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

/// <summary>
/// Clustered mode's feed_schedule on a real PostgreSQL: instances claiming at once never share a feed, a lapsed
/// claim is taken again, a poll's backoff moves the next turn, and a reload keeps, moves or drops rows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedClaimsTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private PostgresTestDatabase _database = null!;
    private PostgresDatabase _instance = null!;
    private PostgresFeedClaims _claims = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync(server);
        _instance = _database.OpenInstance();
        await _instance.InitializeAsync(default);
        _claims = new PostgresFeedClaims(_instance);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Instances_claiming_at_once_never_get_the_same_feed_and_together_get_every_due_one()
    {
        var feeds = Enumerable.Range(0, 300).Select(n => Feed($"feed-{n}", shard: n % 4, due: _now.AddSeconds(-1))).ToList();
        await _claims.SyncAsync(feeds, default);

        var claimed = await Task.WhenAll(Enumerable.Range(0, 3).Select(owner => ClaimEveryShardAsync($"instance-{owner}", _now)));

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(feeds.Select(f => f.Feed).Order(), all.Order());
        Assert.Empty(await ClaimEveryShardAsync("latecomer", _now));
    }

    [Fact]
    public async Task A_lapsed_claim_is_taken_again_and_a_completed_feed_waits_for_its_next_turn()
    {
        await _claims.SyncAsync([Feed("wire", shard: 0, due: _now)], default);
        Assert.Single(await _claims.ClaimAsync(0, "dead", _now, _now + Lease, 10, default));

        Assert.Empty(await _claims.ClaimAsync(0, "alive", _now.AddSeconds(29), _now.AddSeconds(59), 10, default));
        var taken = await _claims.ClaimAsync(0, "alive", _now.AddSeconds(31), _now.AddSeconds(61), 10, default);
        Assert.Equal("wire", Assert.Single(taken).Feed);

        await _claims.CompleteAsync("dead", [new FeedTurn("wire", _now.AddSeconds(32))], default); // too late: no longer its claim
        Assert.Empty(await _claims.ClaimAsync(0, "other", _now.AddSeconds(40), _now.AddSeconds(70), 10, default));
        await _claims.CompleteAsync("alive", [new FeedTurn("wire", _now.AddSeconds(90))], default);
        Assert.Empty(await _claims.ClaimAsync(0, "other", _now.AddSeconds(89), _now.AddSeconds(119), 10, default));
        Assert.Single(await _claims.ClaimAsync(0, "other", _now.AddSeconds(90), _now.AddSeconds(120), 10, default));
    }

    [Fact]
    public async Task A_renewed_claim_outlives_its_first_lease()
    {
        await _claims.SyncAsync([Feed("slow", shard: 0, due: _now)], default);
        Assert.Single(await _claims.ClaimAsync(0, "poller", _now, _now + Lease, 10, default));

        await _claims.RenewAsync("poller", ["slow"], _now.AddSeconds(60), default);

        Assert.Empty(await _claims.ClaimAsync(0, "other", _now.AddSeconds(45), _now.AddSeconds(75), 10, default));
        Assert.Single(await _claims.ClaimAsync(0, "other", _now.AddSeconds(61), _now.AddSeconds(91), 10, default));
    }

    [Fact]
    public async Task The_next_turn_waits_for_the_feeds_backoff()
    {
        await _claims.SyncAsync([Feed("failing", shard: 0, due: _now)], default);
        var store = new PostgresStoryStore(_instance);
        await store.RecordFailureAsync("failing", "HTTP 503", _now, default);
        await store.DeferPollsAsync("failing", _now.AddMinutes(10), default);
        Assert.Single(await _claims.ClaimAsync(0, "poller", _now, _now + Lease, 10, default));

        await _claims.CompleteAsync("poller", [new FeedTurn("failing", _now.AddMinutes(1))], default);

        Assert.Equal(_now.AddMinutes(10).ToUnixTimeMilliseconds(), (await _claims.NextPollAsync("failing", default))!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_reload_keeps_unchanged_turns_brings_changed_schedules_forward_and_drops_removed_feeds()
    {
        var later = _now.AddMinutes(5);
        await _claims.SyncAsync([Feed("same", 0, later), Feed("changed", 0, later), Feed("removed", 0, later)], default);

        await _claims.SyncAsync([Feed("same", 0, _now), Feed("changed", 0, _now, "every 00:10:00"), Feed("added", 0, _now)], default);

        Assert.Equal(later.ToUnixTimeMilliseconds(), (await _claims.NextPollAsync("same", default))!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(_now.ToUnixTimeMilliseconds(), (await _claims.NextPollAsync("changed", default))!.Value.ToUnixTimeMilliseconds());
        Assert.NotNull(await _claims.NextPollAsync("added", default));
        Assert.Null(await _claims.NextPollAsync("removed", default));
    }

    [Fact]
    public async Task A_stopping_instance_releases_its_claims_for_the_others_at_once()
    {
        await _claims.SyncAsync([Feed("wire", 0, _now), Feed("sports", 0, _now)], default);
        Assert.Equal(2, (await _claims.ClaimAsync(0, "stopping", _now, _now + Lease, 10, default)).Count);

        await _claims.ReleaseAllAsync("stopping", default);

        Assert.Equal(2, (await _claims.ClaimAsync(0, "other", _now.AddSeconds(1), _now + Lease, 10, default)).Count);
    }

    private static ScheduledFeed Feed(string name, int shard, DateTimeOffset due, string schedule = "every 00:01:00") =>
        new(name, shard, schedule, due);

    /// <summary>Claims in small batches from every shard, as an instance's shard jobs would, until nothing is due.</summary>
    private async Task<List<string>> ClaimEveryShardAsync(string owner, DateTimeOffset now)
    {
        var claimed = new List<string>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var shard in Enumerable.Range(0, 4))
            {
                claimed.AddRange((await _claims.ClaimAsync(shard, owner, now, now + Lease, 7, default)).Select(c => c.Feed));
            }
        }
        return claimed;
    }
}
