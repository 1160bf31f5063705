namespace NewsBot.Storage.Postgres;

public sealed class PostgresStoryStore(PostgresDatabase database) : SqlStoryStore(database, Statements)
{
    // Two instances polling one feed insert the same rows: ON CONFLICT makes the second wait for the first's
    // commit and then keep its rows, so each (channel, story) is queued once.
    private static readonly StoryStoreSql Statements = new(
        SelectSeenKeys: "SELECT story_key FROM seen_story WHERE feed = @feed AND story_key = ANY(@keys)",
        InsertSeenStory:
            "INSERT INTO seen_story (feed, story_key, first_seen_at, published_at, title, link) " +
            "VALUES (@Feed, @Key, @At, @Published, @Title, @Link) ON CONFLICT (feed, story_key) DO NOTHING",
        InsertPost:
            "INSERT INTO outbox (channel, story_key, feed, priority, payload, fields, published_at, created_at, via) " +
            "VALUES (@Channel, @StoryKey, @Feed, @Priority, @Payload, @Fields, @Published, @At, @Via) ON CONFLICT (channel, story_key) DO NOTHING",
        SavePolledFeed:
            "INSERT INTO feed_state (feed, etag, last_modified, body_hash, baseline_done, consecutive_failures, last_error, last_polled_at, last_success_at) " +
            "VALUES (@feed, @ETag, @LastModified, @BodyHash, true, 0, NULL, @at, @at) " +
            "ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash, " +
            "baseline_done = true, consecutive_failures = 0, last_error = NULL, last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at, failing_since = NULL",
        SaveFailedPoll:
            "INSERT INTO feed_state (feed, consecutive_failures, last_error, last_polled_at, failing_since) VALUES (@feed, 1, @reason, @at, @at) " +
            "ON CONFLICT (feed) DO UPDATE SET consecutive_failures = feed_state.consecutive_failures + 1, last_error = @reason, last_polled_at = @at, " +
            "failing_since = COALESCE(feed_state.failing_since, @at) " +
            "RETURNING consecutive_failures",
        // Two instances polling two feeds of one channel group their reports one after the other.
        LockChannelGroups: "SELECT pg_advisory_xact_lock(hashtextextended('newsbot story_group ' || @channel, 0))");
}
