using Dapper;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The feed_schedule table of clustered mode: due feeds claimed in batches with FOR UPDATE SKIP LOCKED, so that
/// instances claiming at once never take the same feed, and a claim that lapses (its instance died) is taken again.
/// </summary>
public sealed class PostgresFeedClaims(PostgresDatabase database)
{
    private const string SyncSql = """
        INSERT INTO feed_schedule (feed, shard, schedule, next_poll_at)
        SELECT * FROM unnest(@feeds::text[], @shards::integer[], @schedules::text[], @dues::bigint[])
        ON CONFLICT (feed) DO UPDATE SET shard = EXCLUDED.shard, schedule = EXCLUDED.schedule,
            next_poll_at = CASE WHEN feed_schedule.schedule = EXCLUDED.schedule THEN feed_schedule.next_poll_at ELSE EXCLUDED.next_poll_at END
        WHERE feed_schedule.schedule <> EXCLUDED.schedule OR feed_schedule.shard <> EXCLUDED.shard;
        DELETE FROM feed_schedule WHERE NOT (feed = ANY(@feeds::text[]));
        """;

    private const string ClaimSql = """
        UPDATE feed_schedule s SET claimed_by = @owner, claimed_until = @until
        FROM (SELECT feed FROM feed_schedule
              WHERE shard = @shard AND next_poll_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)
              ORDER BY next_poll_at LIMIT @limit FOR UPDATE SKIP LOCKED) due
        WHERE s.feed = due.feed
        RETURNING s.feed AS Feed, s.next_poll_at AS Due
        """;

    // A backoff or a server's wish recorded by the poll (feed_state.poll_not_before) puts the next turn later.
    private const string CompleteSql = """
        UPDATE feed_schedule s SET claimed_by = NULL, claimed_until = NULL, next_poll_at = GREATEST(d.next, COALESCE(f.poll_not_before, 0))
        FROM unnest(@feeds::text[], @nexts::bigint[]) AS d(feed, next) LEFT JOIN feed_state f ON f.feed = d.feed
        WHERE s.feed = d.feed AND s.claimed_by = @owner
        """;

    /// <summary>Makes the table hold exactly these feeds; a feed whose schedule changed is due at its new first time.</summary>
    public async Task SyncAsync(IReadOnlyList<ScheduledFeed> feeds, CancellationToken cancellationToken)
    {
        // In one order on every instance, so that instances syncing at once wait for each other instead of deadlocking.
        var sorted = feeds.OrderBy(f => f.Feed, StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SyncSql, new
        {
            feeds = sorted.Select(f => f.Feed).ToArray(),
            shards = sorted.Select(f => f.Shard).ToArray(),
            schedules = sorted.Select(f => f.Schedule).ToArray(),
            dues = sorted.Select(f => UnixTime.Ms(f.FirstDue)).ToArray(),
        }, cancellationToken: cancellationToken));
    }

    /// <summary>Claims up to <paramref name="limit"/> feeds of the shard that are due and not claimed, until <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<FeedClaim>> ClaimAsync(int shard, string owner, DateTimeOffset now, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Feed, long Due)>(new CommandDefinition(ClaimSql,
            new { shard, owner, now = UnixTime.Ms(now), until = UnixTime.Ms(until), limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new FeedClaim(r.Feed, UnixTime.From(r.Due))).ToList();
    }

    /// <summary>Extends this owner's claims on feeds whose polls still run.</summary>
    public async Task RenewAsync(string owner, IReadOnlyCollection<string> feeds, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feed_schedule SET claimed_until = @until WHERE claimed_by = @owner AND feed = ANY(@feeds)",
            new { owner, feeds = feeds.ToArray(), until = UnixTime.Ms(until) }, cancellationToken: cancellationToken));
    }

    /// <summary>Ends this owner's claims: each feed is next due at its turn's time, or later while it backs off.</summary>
    public async Task CompleteAsync(string owner, IReadOnlyList<FeedTurn> turns, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CompleteSql, new
        {
            owner,
            feeds = turns.Select(t => t.Feed).ToArray(),
            nexts = turns.Select(t => UnixTime.Ms(t.Next)).ToArray(),
        }, cancellationToken: cancellationToken));
    }

    /// <summary>Gives up every claim of this owner (a stop), so that another instance polls those feeds at once.</summary>
    public async Task ReleaseAllAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feed_schedule SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = @owner", new { owner }, cancellationToken: cancellationToken));
    }

    /// <summary>When the feed is next due; null for a feed not in the schedule.</summary>
    public async Task<DateTimeOffset?> NextPollAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT next_poll_at FROM feed_schedule WHERE feed = @feed", new { feed }, cancellationToken: cancellationToken));
        return next is { } ms ? UnixTime.From(ms) : null;
    }
}
