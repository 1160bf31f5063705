using Dapper;

namespace NewsBot.Storage.Sqlite;

public sealed class SqliteOutbox(SqliteDatabase database) : IOutbox
{
    private const string ClaimSql = """
        UPDATE outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1
        WHERE id = (SELECT id FROM outbox WHERE channel = @channel AND status = 'queued' ORDER BY priority DESC, id LIMIT 1)
          AND not_before <= @now AND (lease_until IS NULL OR lease_until < @now)
        RETURNING id AS Id, channel AS Channel, story_key AS StoryKey, feed AS Feed, payload AS Payload,
                  attempts AS Attempts, created_at AS CreatedAt, published_at AS PublishedAt
        """;

    public async Task<OutboxEntry?> ClaimNextAsync(string channel, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(
            ClaimSql, new { channel, owner, now = UnixTime.Ms(now), until = UnixTime.Ms(now + lease) });
        return row?.ToEntry();
    }

    public async Task MarkSentAsync(long id, long messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox SET status = 'sent', message_id = @messageId, sent_at = @at, lease_owner = NULL, lease_until = NULL, last_error = NULL WHERE id = @id",
            new { id, messageId, at = UnixTime.Ms(sentAt) });
    }

    public async Task RetryLaterAsync(long id, DateTimeOffset notBefore, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox SET not_before = @notBefore, last_error = @error, lease_owner = NULL, lease_until = NULL WHERE id = @id",
            new { id, notBefore = UnixTime.Ms(notBefore), error });
    }

    public async Task<IReadOnlyDictionary<string, int>> DepthByChannelAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Channel, long Depth)>(
            "SELECT channel, COUNT(*) FROM outbox WHERE status = 'queued' GROUP BY channel");
        return rows.ToDictionary(r => r.Channel, r => (int)r.Depth);
    }

    private sealed record OutboxRow(long Id, string Channel, string StoryKey, string Feed, string Payload, long Attempts, long CreatedAt, long PublishedAt)
    {
        public OutboxEntry ToEntry() => new(
            Id, Channel, StoryKey, Feed, PostPayload.Deserialize(Payload), (int)Attempts, UnixTime.From(CreatedAt), UnixTime.From(PublishedAt));
    }
}
