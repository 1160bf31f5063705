using System.Data.Common;
using Dapper;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;

namespace NewsBot.Storage;

/// <summary>
/// Revises a post's fields inside a poll's transaction. A post still queued (not in flight) takes the revision before
/// it is sent; a sent post keeps it and gets an edit queued behind, at most one a minute (an edit not yet sent is
/// replaced by the newer one), or a reply where the channel wants one or Telegram no longer edits the post. A
/// breaking report of a routine post's story edits in the 🔴 and, when the post went out silently, replies with sound.
/// </summary>
internal static class PostRevisions
{
    private static readonly long EditsApartMs = (long)TimeSpan.FromMinutes(1).TotalMilliseconds;

    public const string SelectPostSql =
        "SELECT id AS Id, channel AS Channel, story_key AS StoryKey, status AS Status, lease_until AS LeaseUntil, fields AS Fields, " +
        "edits_end AS EditsEnd, payload AS Payload, published_at AS PublishedAt FROM outbox ";

    private static readonly string ReviseQueuedSql =
        "UPDATE outbox SET fields = @fields, priority = CASE WHEN @front THEN 1 ELSE priority END " +
        $"WHERE id = @id AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now)";

    private const string KeepFieldsSql = "UPDATE outbox SET fields = @fields WHERE id = @id";

    private static readonly string CoalesceEditsSql =
        $"UPDATE outbox SET status = '{OutboxState.Coalesced.Stored()}', last_error = 'replaced by a later edit' " +
        $"WHERE kind = '{OutboxRow.EditKind}' AND edit_of = @id AND status = '{OutboxState.Queued.Stored()}' AND (lease_until IS NULL OR lease_until < @now)";

    private static readonly string LastEditSql =
        $"SELECT MAX(CASE WHEN status = '{OutboxState.Queued.Stored()}' THEN @now ELSE sent_at END) FROM outbox " +
        $"WHERE kind = '{OutboxRow.EditKind}' AND edit_of = @id AND status IN ('{OutboxState.Queued.Stored()}', '{OutboxState.Sent.Stored()}')";

    private const string CountFollowersSql = "SELECT COUNT(*) FROM outbox WHERE edit_of = @id";

    private const string InsertFollowerSql =
        "INSERT INTO outbox (channel, story_key, feed, priority, payload, fields, published_at, created_at, not_before, kind, edit_of, reason) " +
        "SELECT channel, @key, feed, @priority, payload, @fields, published_at, @now, @notBefore, @kind, id, @reason FROM outbox WHERE id = @id";

    /// <summary>Credits the post with the later reports of its story; a breaking report turns a routine post breaking.</summary>
    public static Task CreditAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, IReadOnlyList<Credit> credits, bool breakingReport, long now)
    {
        var stored = post.Draft;
        return ReviseAsync(connection, transaction, post, stored with { Credits = credits }, EditReasons.Credits, breakingReport && !stored.Breaking, now);
    }

    /// <summary>
    /// Brings the post up to date with its story's new version when its headline or lead changed in a way that
    /// matters (<see cref="PostChange"/>), as the channel's Updates setting says; a new headline that is breaking
    /// upgrades a routine post whatever that setting.
    /// </summary>
    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft incoming, StoryUpdates mode, long now)
    {
        var stored = post.Draft;
        var titleChanged = PostChange.Normalized(stored.Title) != PostChange.Normalized(incoming.Title);
        var upgrade = incoming.Breaking && !stored.Breaking && titleChanged;
        var changed = mode != StoryUpdates.Ignore && PostChange.Matters(stored, incoming);
        if (!changed && !upgrade)
        {
            return;
        }
        var revised = changed
            ? stored with { Title = incoming.Title, Lead = incoming.Lead, Link = incoming.Link, UpdatedAt = post.InQueue(now) ? null : UnixTime.From(now) }
            : stored;
        if (changed && mode == StoryUpdates.Post && !post.InQueue(now) && !post.Gone)
        {
            await ReplyWithUpdateAsync(connection, transaction, post, revised with { UpdatedAt = stored.UpdatedAt, Breaking = stored.Breaking || upgrade }, upgrade, now);
            return;
        }
        await ReviseAsync(connection, transaction, post, revised, EditReasons.Update, upgrade, now);
    }

    /// <summary>Updates=Post: the new version as a reply (with sound when breaking), the first post only gaining the 🔴.</summary>
    private static async Task ReplyWithUpdateAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft revised, bool upgrade, long now)
    {
        await KeepFieldsAsync(connection, transaction, post, revised);
        if (upgrade && !post.Closed)
        {
            await QueueEditAsync(connection, transaction, post, revised, EditReasons.Breaking, now);
        }
        await QueueFollowerAsync(connection, transaction, post, OutboxRow.ReplyKind, AsReply(revised), EditReasons.Update, now, now);
    }

    private static async Task ReviseAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft revised, string reason, bool upgrade, long now)
    {
        var wasSilent = revised.Silent;
        revised = upgrade ? revised with { Breaking = true } : revised;
        if (post.InQueue(now) && await ReviseQueuedAsync(connection, transaction, post, upgrade ? revised with { Silent = false } : revised, upgrade, now))
        {
            return;
        }
        if (post.Gone)
        {
            return;
        }
        await KeepFieldsAsync(connection, transaction, post, revised);
        if (!post.Closed)
        {
            await QueueEditAsync(connection, transaction, post, revised, upgrade ? EditReasons.Breaking : reason, now);
        }
        else if (reason == EditReasons.Update)
        {
            // Telegram no longer edits the post: the correction goes out as a reply (with sound when breaking).
            await QueueFollowerAsync(connection, transaction, post, OutboxRow.ReplyKind, AsReply(revised), reason, now, now);
            return;
        }
        if (upgrade && (wasSilent || post.Closed))
        {
            await QueueFollowerAsync(connection, transaction, post, OutboxRow.ReplyKind, BreakingNotice(revised), EditReasons.Breaking, now, now);
        }
    }

    private static async Task<bool> ReviseQueuedAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft revised, bool front, long now) =>
        await connection.ExecuteAsync(ReviseQueuedSql, new { id = post.Id, fields = PostPayload.FieldsOf(revised), front, now }, transaction) > 0;

    /// <summary>The sent post's fields as it now reads (or would, for a reply): what later revisions compare with and build on.</summary>
    private static async Task KeepFieldsAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft revised) =>
        await connection.ExecuteAsync(KeepFieldsSql, new { id = post.Id, fields = PostPayload.FieldsOf(revised) }, transaction);

    private static async Task QueueEditAsync(DbConnection connection, DbTransaction transaction, RevisedPost post, PostDraft revised, string reason, long now)
    {
        await connection.ExecuteAsync(CoalesceEditsSql, new { id = post.Id, now }, transaction);
        var lastEdit = await connection.ExecuteScalarAsync<long?>(LastEditSql, new { id = post.Id, now }, transaction);
        var notBefore = lastEdit is { } last ? Math.Max(now, last + EditsApartMs) : now;
        await QueueFollowerAsync(connection, transaction, post, OutboxRow.EditKind, revised, reason, now, notBefore);
    }

    /// <summary>Queues an edit of the post or a reply to it, keyed by its place among the post's followers.</summary>
    private static async Task QueueFollowerAsync(
        DbConnection connection, DbTransaction transaction, RevisedPost post, string kind, PostDraft fields, string reason, long now, long notBefore)
    {
        var place = await connection.ExecuteScalarAsync<long>(CountFollowersSql, new { id = post.Id }, transaction) + 1;
        await connection.ExecuteAsync(InsertFollowerSql, new
        {
            id = post.Id,
            key = $"{kind}:{post.Id}:{place}",
            priority = kind == OutboxRow.ReplyKind && fields.Breaking ? 1 : 0,
            fields = PostPayload.FieldsOf(fields),
            now,
            notBefore,
            kind,
            reason,
        }, transaction);
    }

    /// <summary>A post of its own: no update mark or credits, with sound when breaking.</summary>
    private static PostDraft AsReply(PostDraft draft) => draft with { UpdatedAt = null, Credits = [], Silent = draft.Silent && !draft.Breaking };

    /// <summary>The short reply that makes a silent post's upgrade heard: the 🔴 headline, its source and link.</summary>
    private static PostDraft BreakingNotice(PostDraft draft) =>
        draft with { Lead = "", Picture = null, Credits = [], UpdatedAt = null, Breaking = true, Silent = false };
}
