using System.Data.Common;
using Dapper;
using NewsBot.Core.Formatting;
using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>
/// Finds and writes, inside a poll's transaction, the posts that the poll's stories revise: a story seen before
/// whose recent post in the channel now reads differently (same key), and a new story with the canonical link of a
/// recent post of the feed whose own story the feed no longer carries (the same report under a new key), which is
/// then not posted again. Finding reads without locks; writing re-reads each post under the channel's lock.
/// </summary>
internal static class PostUpdateWriter
{
    private static readonly string SelectRecentSql = PostRevisions.SelectPostSql +
        $"WHERE feed = @feed AND created_at >= @since AND kind = '{OutboxRow.SendKind}' AND fields IS NOT NULL " +
        $"AND status IN ('{OutboxState.Queued.Stored()}', '{OutboxState.Sent.Stored()}')";

    private static readonly string SelectByIdSql = PostRevisions.SelectPostSql + "WHERE id = @id AND fields IS NOT NULL";

    /// <summary>The poll's revisions of recent posts, each with the id of the post it revises.</summary>
    public static async Task<IReadOnlyList<(PostRevision Revision, long PostId)>> FindAsync(DbConnection connection, DbTransaction transaction, PollRecord poll, long at)
    {
        var rekeyed = poll.Posts.Where(p => p.Draft is not null && p.Updating is not null)
            .Select(p => new PostRevision(p.Channel, p.StoryKey, p.Draft!, p.Published, p.Updating!)).ToList();
        if (poll.SeenAgain.Count == 0 && rekeyed.Count == 0)
        {
            return [];
        }
        var window = poll.SeenAgain.Concat(rekeyed).Max(r => r.Updating.Window);
        var recent = (await connection.QueryAsync<RevisedPost>(SelectRecentSql, new { feed = poll.Feed, since = at - (long)window.TotalMilliseconds }, transaction)).ToList();
        var carried = poll.SeenAgain.Select(r => r.StoryKey).ToHashSet(StringComparer.Ordinal);
        var changed = poll.SeenAgain
            .Select(r => (Revision: r, Post: recent.Find(p => p.Channel == r.Channel && p.StoryKey == r.StoryKey)))
            .Where(m => m.Post is not null && Differs(m.Post.Draft, m.Revision.Draft));
        var relinked = rekeyed.Select(r => (Revision: r, Post: SameLink(r, recent, carried)));
        return [.. changed.Concat(relinked).Where(m => m.Post is not null).Select(m => (m.Revision, m.Post!.Id))];
    }

    /// <summary>Applies the revisions found, each to its post as it reads now.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(PostRevision Revision, long PostId)> found, long at)
    {
        foreach (var (revision, postId) in found)
        {
            var post = await connection.QuerySingleOrDefaultAsync<RevisedPost>(SelectByIdSql, new { id = postId }, transaction);
            if (post is not null && OutboxStates.Parse(post.Status) is OutboxState.Queued or OutboxState.Sent)
            {
                await PostRevisions.UpdateAsync(connection, transaction, post, revision.Draft, revision.Updating.Mode, at);
            }
        }
    }

    /// <summary>Worth taking the channel's lock for: a change of words, or a breaking mark the post lacks.</summary>
    private static bool Differs(PostDraft stored, PostDraft incoming) =>
        PostChange.Matters(stored, incoming) || (incoming.Breaking && !stored.Breaking);

    private static RevisedPost? SameLink(PostRevision revision, List<RevisedPost> recent, HashSet<string> carried)
    {
        var link = CanonicalLink.For(revision.Draft.Link);
        return link is null ? null : recent.Find(p =>
            p.Channel == revision.Channel && !carried.Contains(p.StoryKey) && p.StoryKey != revision.StoryKey
            && CanonicalLink.For(p.Draft.Link) == link
            && Math.Abs(UnixTime.Ms(revision.Published) - p.PublishedAt) <= (long)revision.Updating.Window.TotalMilliseconds);
    }
}
