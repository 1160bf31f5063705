using Dapper;
using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>The <see cref="IOutbox"/> of every SQL provider; a provider supplies its database and its dialect's statements.</summary>
public abstract class SqlOutbox(IStorageDatabase database, OutboxSql sql) : IOutbox
{
    // The statements that read the same in every dialect; the others come with the provider.
    private static readonly string MarkSentSql =
        $"UPDATE outbox SET status = '{OutboxState.Sent.Stored()}', message_id = @messageId, sent_at = @at, lease_owner = NULL, lease_until = NULL, last_error = NULL, " +
        "payload = COALESCE(@payload, payload) WHERE id = @id";

    // The edit, then every edit of its post still queued, then the post itself.
    private static readonly string EndEditsSql =
        $"UPDATE outbox SET status = '{OutboxState.Failed.Stored()}', last_error = @error, lease_owner = NULL, lease_until = NULL " +
        $"WHERE id = @id OR (kind = '{OutboxRow.EditKind}' AND status = '{OutboxState.Queued.Stored()}' AND edit_of = (SELECT edit_of FROM outbox WHERE id = @id)); " +
        "UPDATE outbox SET edits_end = @end WHERE id = (SELECT edit_of FROM outbox WHERE id = @id)";

    private static readonly string ReplyInsteadSql =
        $"UPDATE outbox SET kind = '{OutboxRow.ReplyKind}', not_before = @now, attempts = 0, lease_owner = NULL, lease_until = NULL WHERE id = @id; " +
        $"UPDATE outbox SET edits_end = '{EditsEnd.Closed.Stored()}' WHERE id = (SELECT edit_of FROM outbox WHERE id = @id)";

    private const string RetryLaterSql =
        "UPDATE outbox SET not_before = @notBefore, last_error = @error, lease_owner = NULL, lease_until = NULL WHERE id = @id";

    private static readonly string DepthByChannelSql = $"SELECT channel, COUNT(*) FROM outbox WHERE status = '{OutboxState.Queued.Stored()}' GROUP BY channel";

    private static readonly string DueChannelsSql =
        $"SELECT DISTINCT channel FROM outbox WHERE status = '{OutboxState.Queued.Stored()}' AND not_before <= @now AND (lease_until IS NULL OR lease_until < @now)";

    private static readonly string MarkFailedSql =
        $"UPDATE outbox SET status = '{OutboxState.Failed.Stored()}', last_error = @error, lease_owner = NULL, lease_until = NULL WHERE id = @id";

    private const string PostponeSql =
        "UPDATE outbox SET not_before = @notBefore, attempts = attempts - 1, lease_owner = NULL, lease_until = NULL WHERE id = @id";

    public async Task<OutboxEntry?> ClaimNextAsync(string channel, string owner, DateTimeOffset now, TimeSpan lease, SendBudget budget, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(sql.Claim, new
        {
            channel,
            owner,
            now = UnixTime.Ms(now),
            until = UnixTime.Ms(now + lease),
            perMinute = budget.PerMinute,
            perSecond = budget.PerSecond,
        });
        return row?.ToEntry();
    }

    public async Task<IReadOnlySet<string>> DueChannelsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(DueChannelsSql, new { now = UnixTime.Ms(now) })).ToHashSet(StringComparer.Ordinal);
    }

    public async Task MarkSentAsync(long id, long messageId, DateTimeOffset sentAt, OutgoingPost? rendered, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var payload = rendered is null ? null : PostPayload.Serialize(rendered);
        await connection.ExecuteAsync(MarkSentSql, new { id, messageId, at = UnixTime.Ms(sentAt), payload });
    }

    public async Task EndEditsAsync(long id, EditsEnd why, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(EndEditsSql, new { id, error = reason, end = why.Stored() });
    }

    public async Task ReplyInsteadAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(ReplyInsteadSql, new { id, now = UnixTime.Ms(now) });
    }

    public async Task RetryLaterAsync(long id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(RetryLaterSql, new { id, notBefore = UnixTime.Ms(notBefore), error = reason });
    }

    public async Task PostponeAsync(long id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(PostponeSql, new { id, notBefore = UnixTime.Ms(notBefore) });
    }

    public async Task<int> CombineIntoDigestAsync(string channel, int keep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var queued = await connection.QueryAsync<DigestCandidate>(sql.QueuedOfChannel, new { channel, now = UnixTime.Ms(now) }, transaction);
        var combined = queued.Skip(keep).Where(c => c.Priority == 0).Take(DigestPost.MostPosts).ToList();
        if (combined.Count < 2)
        {
            return 0;
        }
        var digest = DigestPost.Combine([.. combined.Select(c => PostPayload.DraftOf(c.Fields))]);
        // The digest is rendered once, here: a row without fields sends its payload as it is.
        await connection.ExecuteAsync(
            "UPDATE outbox SET payload = @payload, fields = NULL WHERE id = @id", new { id = combined[0].Id, payload = PostPayload.Serialize(digest) }, transaction);
        // One statement per post (at most 19): the same SQL in every dialect, unlike list parameters.
        var note = $"combined into digest post {combined[0].Id}";
        await connection.ExecuteAsync(
            $"UPDATE outbox SET status = '{OutboxState.Digested.Stored()}', last_error = @note WHERE id = @id",
            combined.Skip(1).Select(c => new { id = c.Id, note }), transaction);
        await transaction.CommitAsync(cancellationToken);
        return combined.Count;
    }

    public async Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(MarkFailedSql, new { id, error = reason });
    }

    public async Task<IReadOnlyDictionary<string, int>> DepthByChannelAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Channel, long Depth)>(DepthByChannelSql);
        return rows.ToDictionary(r => r.Channel, r => (int)r.Depth);
    }
}
