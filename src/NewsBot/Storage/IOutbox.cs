using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>Posts written before they are sent, drained per channel oldest first.</summary>
public interface IOutbox
{
    /// <summary>
    /// Claims the head of a channel's queue for <paramref name="lease"/>, or null when the head is not due,
    /// is claimed by another sender, or the queue is empty. Claiming only the head keeps the channel's order.
    /// A provider that serves several instances also returns null while the channel's sends recorded in the last
    /// minute or second use up <paramref name="budget"/>; SQLite's one instance is paced in memory instead.
    /// </summary>
    Task<OutboxEntry?> ClaimNextAsync(string channel, string owner, DateTimeOffset now, TimeSpan lease, SendBudget budget, CancellationToken cancellationToken);

    /// <summary>
    /// The channels with a queued post that is due and not leased: the only ones <see cref="ClaimNextAsync"/> can
    /// serve now. One query, so that a round over many channels asks only those that have work.
    /// </summary>
    Task<IReadOnlySet<string>> DueChannelsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a claimed post sent, with Telegram's message id (kept for later edits) and, when it was rendered from its
    /// fields, the post as sent (kept as its payload).
    /// </summary>
    Task MarkSentAsync(long id, long messageId, DateTimeOffset sentAt, OutgoingPost? rendered, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the edits of the post a claimed edit changes: the edit and any other edit of that post still queued are set
    /// aside with <paramref name="reason"/>, and the post keeps <paramref name="why"/>, so that none is queued again
    /// (<see cref="EditsEnd.Closed"/>: changes are replies from now on).
    /// </summary>
    Task EndEditsAsync(long id, EditsEnd why, string reason, CancellationToken cancellationToken);

    /// <summary>Turns a claimed edit that Telegram can no longer make into a reply to that post, due now; later changes of the post are replies too.</summary>
    Task ReplyInsteadAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Releases a claimed post to be tried again not before <paramref name="notBefore"/>.</summary>
    Task RetryLaterAsync(long id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Releases a claimed post that Telegram asked to send later (429): not a failed attempt, so the claim's attempt
    /// is given back and the post's backoff stays as it was.
    /// </summary>
    Task PostponeAsync(long id, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Sets aside a post Telegram keeps refusing: kept as failed, with the reason, never sent or dropped silently.</summary>
    Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Combines the channel's routine posts (priority 0) queued beyond its first <paramref name="keep"/> into one
    /// digest post, which takes the place of the oldest of them; the others are marked digested. Returns how many
    /// posts it combined (0 when fewer than two qualify).
    /// </summary>
    Task<int> CombineIntoDigestAsync(string channel, int keep, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Unsent posts per channel.</summary>
    Task<IReadOnlyDictionary<string, int>> DepthByChannelAsync(CancellationToken cancellationToken);
}
