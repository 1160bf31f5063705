using Dapper;

namespace NewsBot.Storage;

/// <summary>The <see cref="IOutbox"/> of every SQL provider; a provider supplies its database and its dialect's statements.</summary>
public abstract class SqlOutbox(IStorageDatabase database, OutboxSql sql) : IOutbox
{
    // The same in every dialect.
    private const string MarkFailedSql =
        "UPDATE outbox SET status = 'failed', last_error = @error, lease_owner = NULL, lease_until = NULL WHERE id = @id";

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

    public async Task MarkSentAsync(long id, long messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(sql.MarkSent, new { id, messageId, at = UnixTime.Ms(sentAt) });
    }

    public async Task RetryLaterAsync(long id, DateTimeOffset notBefore, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(sql.RetryLater, new { id, notBefore = UnixTime.Ms(notBefore), error });
    }

    public async Task PostponeAsync(long id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(PostponeSql, new { id, notBefore = UnixTime.Ms(notBefore) });
    }

    public async Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(MarkFailedSql, new { id, error });
    }

    public async Task<IReadOnlyDictionary<string, int>> DepthByChannelAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Channel, long Depth)>(sql.DepthByChannel);
        return rows.ToDictionary(r => r.Channel, r => (int)r.Depth);
    }
}
