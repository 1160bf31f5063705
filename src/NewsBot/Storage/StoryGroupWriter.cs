using System.Data.Common;
using Dapper;
using NewsBot.Core.Formatting;
using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>
/// Records a poll's grouped posts inside its transaction: each report either opens a post (queued as today) or
/// joins the post of its story, which then credits it (<see cref="PostRevisions"/>: in its fields while the post is
/// still queued, else by an edit queued behind it). The channel's recent reports are read from story_group under a per-channel lock
/// where the provider has several instances, so every instance, and every restart, decides on the same state.
/// </summary>
internal sealed class StoryGroupWriter(StoryStoreSql sql)
{
    private const string SelectRecentSql =
        "SELECT story_key AS StoryKey, group_key AS GroupKey, title AS Title, lead AS Lead, link AS Link, published_at AS PublishedAt " +
        "FROM story_group WHERE channel = @channel AND published_at >= @since " +
        "ORDER BY CASE WHEN story_key = group_key THEN 0 ELSE 1 END, published_at, created_at, story_key";

    private const string InsertReportSql =
        "INSERT INTO story_group (channel, story_key, group_key, source, title, lead, link, published_at, created_at) " +
        "VALUES (@Channel, @StoryKey, @GroupKey, @Source, @Title, @Lead, @Link, @Published, @At) ON CONFLICT DO NOTHING";

    private static readonly string SelectPostSql = PostRevisions.SelectPostSql + "WHERE channel = @channel AND story_key = @group AND fields IS NOT NULL";

    private const string SelectCreditsSql =
        "SELECT source AS Source, link AS Link FROM story_group WHERE channel = @channel AND group_key = @group AND story_key <> group_key " +
        "ORDER BY published_at, created_at, story_key";

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
        var target = await connection.QuerySingleOrDefaultAsync<RevisedPost>(SelectPostSql, new { channel = post.Channel, group }, transaction);
        if (target is null || OutboxStates.Parse(target.Status) is not (OutboxState.Queued or OutboxState.Sent))
        {
            // Set aside or digested: there is no message to credit (nor for a post queued before the outbox kept fields).
            return;
        }
        var credits = (await connection.QueryAsync<Credit>(SelectCreditsSql, new { channel = post.Channel, group }, transaction)).ToList();
        await PostRevisions.CreditAsync(connection, transaction, target, credits, post.Post.IsBreaking, now);
    }
}
