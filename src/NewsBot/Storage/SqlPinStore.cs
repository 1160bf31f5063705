using Dapper;

namespace NewsBot.Storage;

/// <summary>The <see cref="IPinStore"/> of every SQL provider: these statements read the same in SQLite and PostgreSQL.</summary>
public sealed class SqlPinStore(IStorageDatabase database) : IPinStore
{
    public async Task RecordPinAsync(string channel, long messageId, DateTimeOffset unpinAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO pinned_post (channel, message_id, unpin_at) VALUES (@channel, @messageId, @unpinAt) ON CONFLICT DO NOTHING",
            new { channel, messageId, unpinAt = UnixTime.Ms(unpinAt) });
    }

    public async Task<IReadOnlyList<PinnedPost>> DuePinsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PinnedPost>(
            "SELECT channel AS Channel, message_id AS MessageId FROM pinned_post WHERE unpin_at <= @now", new { now = UnixTime.Ms(now) });
        return rows.ToList();
    }

    public async Task RemovePinAsync(string channel, long messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM pinned_post WHERE channel = @channel AND message_id = @messageId", new { channel, messageId });
    }
}
