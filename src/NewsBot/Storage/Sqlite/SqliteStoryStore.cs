namespace NewsBot.Storage.Sqlite;

public sealed class SqliteStoryStore(SqliteDatabase database) : SqlStoryStore(database, Statements)
{
    private static readonly StoryStoreSql Statements = new(
        SelectSeenKeys: "SELECT story_key FROM seen_story WHERE feed = @feed AND story_key IN @keys",
        InsertSeenStory:
            "INSERT INTO seen_story (feed, story_key, first_seen_at, published_at, title, link) " +
            "VALUES (@Feed, @Key, @At, @Published, @Title, @Link) ON CONFLICT DO NOTHING",
        InsertPost:
            "INSERT INTO outbox (channel, story_key, feed, priority, payload, fields, published_at, created_at, via) " +
            "VALUES (@Channel, @StoryKey, @Feed, @Priority, @Payload, @Fields, @Published, @At, @Via) ON CONFLICT DO NOTHING",
        SavePolledFeed:
            "INSERT INTO feed_state (feed, etag, last_modified, body_hash, baseline_done, consecutive_failures, last_error, last_polled_at, last_success_at) " +
            "VALUES (@feed, @ETag, @LastModified, @BodyHash, 1, 0, NULL, @at, @at) " +
            "ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash, " +
            "baseline_done = 1, consecutive_failures = 0, last_error = NULL, last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at, failing_since = NULL",
        SaveFailedPoll:
            "INSERT INTO feed_state (feed, consecutive_failures, last_error, last_polled_at, failing_since) VALUES (@feed, 1, @reason, @at, @at) " +
            "ON CONFLICT (feed) DO UPDATE SET consecutive_failures = consecutive_failures + 1, last_error = @reason, last_polled_at = @at, " +
            "failing_since = COALESCE(failing_since, @at) " +
            "RETURNING consecutive_failures");
}
