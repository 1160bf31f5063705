namespace NewsBot.Storage.Sqlite;

public sealed class SqliteOutbox(SqliteDatabase database) : SqlOutbox(database, Statements)
{
    // One instance per file (SqliteDatabase's lock), and SQLite runs one writer at a time: a plain UPDATE claims.
    private static readonly OutboxSql Statements = new(
        Claim: $"""
            UPDATE outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1
            WHERE id = (SELECT id FROM outbox WHERE channel = @channel AND status = '{OutboxState.Queued.Stored()}' ORDER BY priority DESC, id LIMIT 1)
              AND not_before <= @now AND (lease_until IS NULL OR lease_until < @now)
            RETURNING id AS Id, channel AS Channel, story_key AS StoryKey, feed AS Feed, payload AS Payload, fields AS Fields,
                      attempts AS Attempts, created_at AS CreatedAt, published_at AS PublishedAt, via AS Via,
                      kind AS Kind, reason AS Reason, (SELECT m.message_id FROM outbox m WHERE m.id = outbox.edit_of) AS EditMessageId
            """,
        QueuedOfChannel: "SELECT id AS Id, fields AS Fields, priority AS Priority FROM outbox " +
            $"WHERE channel = @channel AND fields IS NOT NULL AND kind = '{OutboxRow.SendKind}' AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now) ORDER BY priority DESC, id");
}
