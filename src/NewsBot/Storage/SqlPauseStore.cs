using Dapper;

namespace NewsBot.Storage;

/// <summary>The <see cref="IPauseStore"/> of every SQL provider: these statements read the same in SQLite and PostgreSQL.</summary>
public sealed class SqlPauseStore(IStorageDatabase database) : IPauseStore
{
    // The row of the empty name pauses every feed; no feed is named so (the settings refuse an empty name).
    private const string EveryFeed = "";

    public async Task<FeedPauseState> GetPausesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var paused = (await connection.QueryAsync<string>("SELECT feed FROM feed_pause")).ToHashSet(StringComparer.Ordinal);
        return new FeedPauseState(paused.Remove(EveryFeed), paused);
    }

    public async Task<bool> PauseAsync(string? feed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "INSERT INTO feed_pause (feed, paused_at) VALUES (@feed, @at) ON CONFLICT (feed) DO NOTHING",
            new { feed = feed ?? EveryFeed, at = UnixTime.Ms(at) }) > 0;
    }

    public async Task<bool> ResumeAsync(string? feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return feed is null
            ? await connection.ExecuteAsync("DELETE FROM feed_pause") > 0
            : await connection.ExecuteAsync("DELETE FROM feed_pause WHERE feed = @feed", new { feed }) > 0;
    }
}
