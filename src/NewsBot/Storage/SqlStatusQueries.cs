using Dapper;

namespace NewsBot.Storage;

/// <summary>The <see cref="IStatusQueries"/> of every SQL provider: these statements read the same in SQLite and PostgreSQL.</summary>
public sealed class SqlStatusQueries(IStorageDatabase database) : IStatusQueries
{
    private static readonly string Sent = OutboxState.Sent.Stored();

    private const string StoriesSinceSql = "SELECT feed, COUNT(*) FROM seen_story WHERE first_seen_at >= @since GROUP BY feed";

    private static readonly string SentSinceSql = $"SELECT channel, COUNT(*) FROM outbox WHERE status = '{Sent}' AND sent_at >= @since GROUP BY channel";

    // Posts, not their edits, each as its last edit Telegram accepted left it.
    private static readonly string LastPostsSql =
        "SELECT o.channel AS Channel, o.feed AS Feed, COALESCE(e.payload, o.payload) AS Payload, o.published_at AS PublishedAt, " +
        "o.sent_at AS SentAt, e.sent_at AS EditedAt FROM outbox o " +
        $"LEFT JOIN outbox e ON e.id = (SELECT MAX(x.id) FROM outbox x WHERE x.edit_of = o.id AND x.kind = 'edit' AND x.status = '{Sent}') " +
        $"WHERE o.status = '{Sent}' AND o.kind = 'send' ORDER BY o.sent_at DESC, o.id DESC LIMIT @count";

    private static readonly string SentPostsSinceSql =
        "SELECT channel AS Channel, feed AS Feed, '' AS Payload, published_at AS PublishedAt, sent_at AS SentAt " +
        $"FROM outbox WHERE status = '{Sent}' AND kind = 'send' AND sent_at >= @since";

    private const string RecentStoriesSql =
        "SELECT s.feed AS Feed, s.title AS Title, s.link AS Link, s.published_at AS PublishedAt, s.first_seen_at AS FirstSeenAt, " +
        "o.channel AS Channel, o.status AS StoredStatus, COALESCE(o.attempts, 0) AS Attempts, o.last_error AS LastError, o.sent_at AS SentAt " +
        "FROM (SELECT * FROM seen_story WHERE feed = @feed ORDER BY first_seen_at DESC, published_at DESC LIMIT @count) s " +
        "LEFT JOIN outbox o ON o.feed = s.feed AND o.story_key = s.story_key ORDER BY s.first_seen_at DESC, s.published_at DESC";

    public Task<IReadOnlyDictionary<string, long>> StoriesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        CountsAsync(StoriesSinceSql, since, cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        CountsAsync(SentSinceSql, since, cancellationToken);

    public async Task<IReadOnlyList<SentPost>> LastPostsAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<SentPost>(LastPostsSql, new { count })).ToList();
    }

    public async Task<IReadOnlyList<SentPost>> SentPostsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<SentPost>(SentPostsSinceSql, new { since = UnixTime.Ms(since) })).ToList();
    }

    public async Task<IReadOnlyList<StoryTrace>> RecentStoriesAsync(string feed, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StoryTrace>(RecentStoriesSql, new { feed, count })).ToList();
    }

    private async Task<IReadOnlyDictionary<string, long>> CountsAsync(string sql, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, long Count)>(sql, new { since = UnixTime.Ms(since) });
        return rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }
}
