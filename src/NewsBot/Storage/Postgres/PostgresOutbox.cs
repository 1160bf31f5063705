namespace NewsBot.Storage.Postgres;

public sealed class PostgresOutbox(PostgresDatabase database) : SqlOutbox(database, Statements)
{
    // Several instances claim at once. The innermost query finds the channel's head without locking; the middle
    // one locks that row only if it is still queued, due and free (rechecked on the latest row version after a
    // concurrent claim commits), and SKIP LOCKED makes a claimer that finds it locked get nothing rather than wait
    // or take the next row, so no two instances hold one post and the channel's order is kept.
    // The channel's budget is shared by counting its sends in the outbox. Exact, because claiming only the head
    // makes a channel's sends one at a time across instances: the next head can be claimed only after the last
    // send was recorded. sent_at is taken after Telegram answered, so a send counts a little longer than it does
    // at Telegram, never shorter.
    private static readonly OutboxSql Statements = new(
        Claim: $"""
            UPDATE outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1
            WHERE id = (
                SELECT id FROM outbox
                WHERE id = (SELECT id FROM outbox WHERE channel = @channel AND status = '{OutboxState.Queued.Stored()}' ORDER BY priority DESC, id LIMIT 1)
                  AND status = '{OutboxState.Queued.Stored()}' AND not_before <= @now AND (lease_until IS NULL OR lease_until < @now)
                  AND (SELECT COUNT(*) FROM outbox WHERE channel = @channel AND sent_at > @now - 60000) < @perMinute
                  AND (SELECT COUNT(*) FROM outbox WHERE channel = @channel AND sent_at > @now - 1000) < @perSecond
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS Id, channel AS Channel, story_key AS StoryKey, feed AS Feed, payload AS Payload, fields AS Fields,
                      attempts AS Attempts, created_at AS CreatedAt, published_at AS PublishedAt, via AS Via,
                      kind AS Kind, reason AS Reason, (SELECT m.message_id FROM outbox m WHERE m.id = outbox.edit_of) AS EditMessageId
            """,
        QueuedOfChannel: "SELECT id AS Id, fields AS Fields, priority AS Priority FROM outbox " +
            $"WHERE channel = @channel AND fields IS NOT NULL AND kind = '{OutboxRow.SendKind}' AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now) ORDER BY priority DESC, id " +
            "FOR UPDATE SKIP LOCKED");
}
