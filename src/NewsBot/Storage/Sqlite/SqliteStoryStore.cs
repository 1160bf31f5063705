using Dapper;
using NewsBot.Core.Stories;

namespace NewsBot.Storage.Sqlite;

public sealed class SqliteStoryStore(SqliteDatabase database) : IStoryStore
{
    public Task MigrateAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public async Task<FeedState> GetFeedStateAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedStateRow>(
            "SELECT feed, etag, last_modified AS LastModified, body_hash AS BodyHash, baseline_done AS BaselineDone, " +
            "consecutive_failures AS ConsecutiveFailures, last_error AS LastError FROM feed_state WHERE feed = @feed",
            new { feed });
        return row?.ToState() ?? new FeedState { Feed = feed };
    }

    public async Task<IReadOnlySet<string>> FindSeenAsync(string feed, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // SQLite allows 32766 parameters; chunk to stay far below it.
        foreach (var chunk in keys.Chunk(500))
        {
            seen.UnionWith(await connection.QueryAsync<string>(
                "SELECT story_key FROM seen_story WHERE feed = @feed AND story_key IN @chunk", new { feed, chunk }));
        }
        return seen;
    }

    public async Task RecordPollAsync(PollRecord poll, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = UnixTime.Ms(poll.At);
        await connection.ExecuteAsync(
            "INSERT INTO seen_story (feed, story_key, first_seen_at, published_at, title, link) " +
            "VALUES (@Feed, @Key, @At, @Published, @Title, @Link) ON CONFLICT DO NOTHING",
            poll.NewlySeen.Select(s => SeenRow(poll.Feed, s, at)), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO outbox (channel, story_key, feed, priority, payload, published_at, created_at) " +
            "VALUES (@Channel, @StoryKey, @Feed, @Priority, @Payload, @Published, @At) ON CONFLICT DO NOTHING",
            poll.Posts.Select(p => OutboxRow(p, at)), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO feed_state (feed, etag, last_modified, body_hash, baseline_done, consecutive_failures, last_error, last_polled_at, last_success_at) " +
            "VALUES (@feed, @ETag, @LastModified, @BodyHash, 1, 0, NULL, @at, @at) " +
            "ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash, " +
            "baseline_done = 1, consecutive_failures = 0, last_error = NULL, last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at",
            new { feed = poll.Feed, poll.Validators.ETag, poll.Validators.LastModified, poll.Validators.BodyHash, at }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RecordUnchangedAsync(string feed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE feed_state SET consecutive_failures = 0, last_error = NULL, last_polled_at = @ms, last_success_at = @ms WHERE feed = @feed",
            new { feed, ms = UnixTime.Ms(at) });
    }

    public async Task<int> RecordFailureAsync(string feed, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            "INSERT INTO feed_state (feed, consecutive_failures, last_error, last_polled_at) VALUES (@feed, 1, @reason, @ms) " +
            "ON CONFLICT (feed) DO UPDATE SET consecutive_failures = consecutive_failures + 1, last_error = @reason, last_polled_at = @ms " +
            "RETURNING consecutive_failures",
            new { feed, reason, ms = UnixTime.Ms(at) });
    }

    private static object SeenRow(string feed, Story story, long at) =>
        new { Feed = feed, story.Key, At = at, Published = UnixTime.Ms(story.Published), story.Title, story.Link };

    private static object OutboxRow(QueuedPost post, long at) =>
        new { post.Channel, post.StoryKey, post.Feed, post.Priority, Payload = PostPayload.Serialize(post.Post), Published = UnixTime.Ms(post.Published), At = at };

    private sealed record FeedStateRow(string Feed, string? ETag, string? LastModified, string? BodyHash, long BaselineDone, long ConsecutiveFailures, string? LastError)
    {
        public FeedState ToState() => new()
        {
            Feed = Feed,
            Validators = new FeedValidators(ETag, LastModified, BodyHash),
            BaselineDone = BaselineDone != 0,
            ConsecutiveFailures = (int)ConsecutiveFailures,
            LastError = LastError,
        };
    }
}
