using System.Collections.Concurrent;
using Dapper;

namespace NewsBot.Storage;

/// <summary>The <see cref="IPollHistory"/> of every SQL provider: these statements read the same in SQLite and PostgreSQL.</summary>
public sealed class SqlPollHistory(IStorageDatabase database) : IPollHistory
{
    private const string InsertSql =
        "INSERT INTO poll_history (feed, polled_at, result, error, bytes, duration_ms, new_stories) " +
        "VALUES (@Feed, @PolledAt, @Result, @Error, @Bytes, @DurationMs, @NewStories)";

    private const string TrimSql =
        "DELETE FROM poll_history WHERE feed = @feed AND id NOT IN " +
        "(SELECT id FROM poll_history WHERE feed = @feed ORDER BY id DESC LIMIT @kept)";

    private const string RecentSql =
        "SELECT feed AS Feed, polled_at AS PolledAt, result AS Result, error AS Error, bytes AS Bytes, duration_ms AS DurationMs, " +
        "new_stories AS NewStories FROM poll_history WHERE feed = @feed ORDER BY id DESC LIMIT @kept";

    /// <summary>
    /// A feed's rows are trimmed at its first poll in this process and every <see cref="TrimEvery"/> polls after:
    /// a trim at every poll was one more statement each poll paid, and a few rows over <see cref="IPollHistory.Kept"/> are never read.
    /// </summary>
    public const int TrimEvery = 10;

    private readonly ConcurrentDictionary<string, int> _untrimmed = new(StringComparer.Ordinal);

    public async Task RecordAsync(PollHistoryEntry poll, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(InsertSql, poll);
        if (_untrimmed.AddOrUpdate(poll.Feed, 0, (_, since) => (since + 1) % TrimEvery) == 0)
        {
            await connection.ExecuteAsync(TrimSql, new { feed = poll.Feed, kept = IPollHistory.Kept });
        }
    }

    public async Task<IReadOnlyList<PollHistoryEntry>> RecentAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PollHistoryEntry>(RecentSql, new { feed, kept = IPollHistory.Kept })).ToList();
    }
}
