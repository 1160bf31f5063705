using System.Data.Common;
using Dapper;
using NewsBot.Core.Formatting;
using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>
/// Records a poll's grouped posts inside its transaction: each report either opens a post (queued as today) or
/// joins the post of its story, which then credits it, by a new payload while the post is still queued, else by
/// an edit queued behind it. The channel's recent reports are read from story_group under a per-channel lock
/// where the provider has several instances, so every instance, and every restart, decides on the same state.
/// </summary>
internal sealed class StoryGroupWriter(StoryStoreSql sql)
{
    private static readonly TimeSpan EditsApart = TimeSpan.FromMinutes(1);

    private const string SelectRecentSql =
        "SELECT story_key AS StoryKey, group_key AS GroupKey, title AS Title, lead AS Lead, link AS Link, published_at AS PublishedAt " +
        "FROM story_group WHERE channel = @channel AND published_at >= @since " +
        "ORDER BY CASE WHEN story_key = group_key THEN 0 ELSE 1 END, published_at, created_at, story_key";

    private const string InsertReportSql =
        "INSERT INTO story_group (channel, story_key, group_key, source, title, lead, link, published_at, created_at, post_payload) " +
        "VALUES (@Channel, @StoryKey, @GroupKey, @Source, @Title, @Lead, @Link, @Published, @At, @PostPayload) ON CONFLICT DO NOTHING";

    private const string SelectPostSql =
        "SELECT o.id AS Id, o.status AS Status, o.lease_until AS LeaseUntil, g.post_payload AS PostPayload FROM outbox o " +
        "JOIN story_group g ON g.channel = o.channel AND g.story_key = o.story_key WHERE o.channel = @channel AND o.story_key = @group";

    private const string SelectCreditsSql =
        "SELECT source AS Source, link AS Link FROM story_group WHERE channel = @channel AND group_key = @group AND story_key <> group_key " +
        "ORDER BY published_at, created_at, story_key";

    private static readonly string CreditQueuedSql =
        $"UPDATE outbox SET payload = @payload WHERE id = @id AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now)";

    private static readonly string CoalesceEditsSql =
        $"UPDATE outbox SET status = '{OutboxState.Coalesced.Stored()}', last_error = 'replaced by a later edit' " +
        $"WHERE kind = 'edit' AND edit_of = @id AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now)";

    private static readonly string LastEditSql =
        $"SELECT MAX(CASE WHEN status = '{OutboxState.Queued.Stored()}' THEN @now ELSE sent_at END) FROM outbox " +
        $"WHERE kind = 'edit' AND edit_of = @id AND status IN ('{OutboxState.Queued.Stored()}', '{OutboxState.Sent.Stored()}')";

    private const string InsertEditSql =
        "INSERT INTO outbox (channel, story_key, feed, priority, payload, published_at, created_at, not_before, kind, edit_of) " +
        "VALUES (@channel, @key, @feed, 0, @payload, @published, @now, @notBefore, 'edit', @id) ON CONFLICT DO NOTHING";

    /// <summary>Writes the posts (all grouped), channel by channel; returns those that joined an earlier post.</summary>
    public async Task<IReadOnlyList<QueuedPost>> WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<QueuedPost> posts, long at)
    {
        var joined = new List<QueuedPost>();
        // Channels locked in one order, so two polls that share channels never wait on each other's locks.
        foreach (var channel in posts.GroupBy(p => p.Channel).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (sql.LockChannelGroups is { } lockSql)
            {
                await connection.ExecuteAsync(lockSql, new { channel = channel.Key }, transaction);
            }
            // In the poll's order, which is the order they are sent in.
            var grouper = await GrouperAsync(connection, transaction, channel.MinBy(p => p.Published)!);
            foreach (var post in channel)
            {
                if (await WriteAsync(connection, transaction, grouper, post, at))
                {
                    joined.Add(post);
                }
            }
        }
        return joined;
    }

    /// <summary>The channel's groups that its posts could join: every report recorded in two windows before the earliest post.</summary>
    private static async Task<StoryGrouper> GrouperAsync(DbConnection connection, DbTransaction transaction, QueuedPost earliest)
    {
        var grouping = earliest.Grouping!;
        var since = UnixTime.Ms(earliest.Published - (grouping.Options.Window * 2));
        var grouper = new StoryGrouper(grouping.Options);
        foreach (var row in await connection.QueryAsync<StoryGroupRow>(SelectRecentSql, new { channel = earliest.Channel, since }, transaction))
        {
            grouper.Add(row.GroupKey, row.ToItem());
        }
        return grouper;
    }

    private async Task<bool> WriteAsync(DbConnection connection, DbTransaction transaction, StoryGrouper grouper, QueuedPost post, long at)
    {
        var item = post.Grouping!.Item;
        var match = grouper.Find(item);
        var payload = PostPayload.Serialize(post.Post);
        var recorded = await connection.ExecuteAsync(InsertReportSql, new
        {
            post.Channel,
            post.StoryKey,
            GroupKey = match.GroupId,
            post.Grouping.Source,
            item.Title,
            item.Lead,
            item.Link,
            Published = UnixTime.Ms(post.Published),
            At = at,
            PostPayload = match.Joined ? null : payload,
        }, transaction);
        if (recorded == 0)
        {
            // Recorded by an earlier poll: nothing new to post or credit.
            return false;
        }
        grouper.Add(match.GroupId, item);
        if (!match.Joined)
        {
            await connection.ExecuteAsync(sql.InsertPost, SqlStoryStore.PostParameters(post, at), transaction);
            return false;
        }
        await CreditAsync(connection, transaction, post, match.GroupId, at);
        return true;
    }

    private static async Task CreditAsync(DbConnection connection, DbTransaction transaction, QueuedPost post, string group, long now)
    {
        var target = await connection.QuerySingleOrDefaultAsync<GroupedPost>(SelectPostSql, new { channel = post.Channel, group }, transaction);
        if (target is null || OutboxStates.Parse(target.Status) is not (OutboxState.Queued or OutboxState.Sent))
        {
            // The post was set aside or digested: there is no message to credit.
            return;
        }
        var credits = (await connection.QueryAsync<Credit>(SelectCreditsSql, new { channel = post.Channel, group }, transaction)).ToList();
        var payload = PostPayload.Serialize(PostCredits.With(PostPayload.Deserialize(target.PostPayload), credits));
        if (await connection.ExecuteAsync(CreditQueuedSql, new { id = target.Id, payload, now }, transaction) > 0)
        {
            return;
        }
        await connection.ExecuteAsync(CoalesceEditsSql, new { id = target.Id, now }, transaction);
        var lastEdit = await connection.ExecuteScalarAsync<long?>(LastEditSql, new { id = target.Id, now }, transaction);
        var notBefore = lastEdit is { } last ? Math.Max(now, last + (long)EditsApart.TotalMilliseconds) : now;
        await connection.ExecuteAsync(InsertEditSql, new
        {
            channel = post.Channel,
            key = $"edit:{group}:{credits.Count}",
            feed = post.Feed,
            payload,
            published = UnixTime.Ms(post.Published),
            now,
            notBefore,
            id = target.Id,
        }, transaction);
    }
}
