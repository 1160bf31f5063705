using System.Data.Common;
using Dapper;
using NewsBot.Core.Stories;

namespace NewsBot.Storage;

/// <summary>The <see cref="IStoryStore"/> of every SQL provider; a provider supplies its database and its dialect's statements.</summary>
public abstract class SqlStoryStore(IStorageDatabase database, StoryStoreSql sql) : IStoryStore
{
    // SQLite allows 32766 parameters per statement; chunks stay far below any provider's limit.
    private const int KeysPerQuery = 500;

    // The statements that read the same in every dialect; the others come with the provider.
    private const string SelectFeedStatesSql =
        "SELECT feed, etag, last_modified AS LastModified, body_hash AS BodyHash, baseline_done AS BaselineDone, " +
        "consecutive_failures AS ConsecutiveFailures, last_error AS LastError, last_polled_at AS LastPolledAt, " +
        "last_success_at AS LastSuccessAt, failing_since AS FailingSince, disabled_at AS DisabledAt, poll_not_before AS PollNotBefore " +
        "FROM feed_state";

    private const string SelectFeedStateSql = SelectFeedStatesSql + " WHERE feed = @feed";

    private const string SaveUnchangedPollSql =
        "UPDATE feed_state SET consecutive_failures = 0, last_error = NULL, last_polled_at = @at, last_success_at = @at, failing_since = NULL WHERE feed = @feed";

    private const string DeferPollsSql = "UPDATE feed_state SET poll_not_before = @notBefore WHERE feed = @feed";

    private const string SetDisabledSql = "UPDATE feed_state SET disabled_at = @at WHERE feed = @feed";

    private const string TraceLinkSql =
        "SELECT s.feed AS Feed, s.title AS Title, s.published_at AS PublishedAt, s.first_seen_at AS FirstSeenAt, o.channel AS Channel, " +
        "o.status AS StoredStatus, COALESCE(o.attempts, 0) AS Attempts, o.last_error AS LastError, o.sent_at AS SentAt, " +
        "g.channel AS CreditedIn, p.title AS CreditedTo " +
        "FROM seen_story s LEFT JOIN outbox o ON o.feed = s.feed AND o.story_key = s.story_key " +
        "LEFT JOIN story_group g ON o.id IS NULL AND g.story_key = s.story_key AND g.group_key <> g.story_key " +
        "LEFT JOIN story_group p ON p.channel = g.channel AND p.story_key = g.group_key " +
        "WHERE s.link = @link ORDER BY s.first_seen_at";

    private readonly StoryGroupWriter _groups = new(sql);

    public Task MigrateAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public async Task<FeedState> GetFeedStateAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedStateRow>(SelectFeedStateSql, new { feed });
        return row?.ToState() ?? new FeedState { Feed = feed };
    }

    public async Task<IReadOnlyDictionary<string, FeedState>> GetFeedStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedStateRow>(SelectFeedStatesSql);
        return rows.ToDictionary(r => r.Feed, r => r.ToState(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlySet<string>> FindSeenAsync(string feed, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            seen.UnionWith(await connection.QueryAsync<string>(sql.SelectSeenKeys, new { feed, keys = chunk }));
        }
        return seen;
    }

    public async Task<IReadOnlyList<QueuedPost>> RecordPollAsync(PollRecord poll, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = UnixTime.Ms(poll.At);
        await connection.ExecuteAsync(sql.InsertSeenStory, poll.NewlySeen.Select(s => SeenStoryParameters(poll.Feed, s, at)), transaction);
        var revisions = await PostUpdateWriter.FindAsync(connection, transaction, poll, at);
        var posts = poll.Posts.Where(p => !revisions.Any(r => r.Revision.Channel == p.Channel && r.Revision.StoryKey == p.StoryKey)).ToList();
        await LockChannelsAsync(connection, transaction, revisions.Select(r => r.Revision.Channel).Concat(posts.Where(p => p.Grouping is not null).Select(p => p.Channel)));
        await PostUpdateWriter.ApplyAsync(connection, transaction, revisions, at);
        await connection.ExecuteAsync(sql.InsertPost, posts.Where(p => p.Grouping is null).Select(p => PostParameters(p, at)), transaction);
        var joined = await _groups.WriteAsync(connection, transaction, [.. posts.Where(p => p.Grouping is not null)], at);
        await connection.ExecuteAsync(
            sql.SavePolledFeed,
            new { feed = poll.Feed, poll.Validators.ETag, poll.Validators.LastModified, poll.Validators.BodyHash, at },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return joined;
    }

    public async Task RecordUnchangedAsync(string feed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(SaveUnchangedPollSql, new { feed, at = UnixTime.Ms(at) });
    }

    public async Task<int> RecordFailureAsync(string feed, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(sql.SaveFailedPoll, new { feed, reason, at = UnixTime.Ms(at) });
    }

    public async Task SetDisabledAsync(string feed, DateTimeOffset? disabledAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(SetDisabledSql, new { feed, at = disabledAt is { } at ? UnixTime.Ms(at) : (long?)null });
    }

    public async Task<IReadOnlyList<StoryTrace>> TraceLinkAsync(string link, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StoryTrace>(TraceLinkSql, new { link })).ToList();
    }

    /// <summary>
    /// Where several instances write, holds the channels a poll revises or groups in until it commits, always in the
    /// same order, so that two polls never wait on each other's channels.
    /// </summary>
    private async Task LockChannelsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> channels)
    {
        if (sql.LockChannelGroups is not { } lockSql)
        {
            return;
        }
        foreach (var channel in channels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(lockSql, new { channel }, transaction);
        }
    }

    private static object SeenStoryParameters(string feed, Story story, long at) =>
        new { Feed = feed, story.Key, At = at, Published = UnixTime.Ms(story.Published), story.Title, story.Link };

    internal static object PostParameters(QueuedPost post, long at) =>
        new
        {
            post.Channel,
            post.StoryKey,
            post.Feed,
            post.Priority,
            Payload = PostPayload.Serialize(post.Post),
            Fields = post.Draft is null ? null : PostPayload.FieldsOf(post.Draft),
            Published = UnixTime.Ms(post.Published),
            At = at,
            post.Via,
        };

    public async Task DeferPollsAsync(string feed, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(DeferPollsSql, new { feed, notBefore = notBefore is { } time ? UnixTime.Ms(time) : (long?)null });
    }
}
