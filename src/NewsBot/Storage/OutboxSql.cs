namespace NewsBot.Storage;

/// <summary>
/// The statements behind <see cref="SqlOutbox"/> that differ between dialects, with the parameters each gets (times
/// are Unix milliseconds).
/// </summary>
/// <param name="Claim">@channel, @owner, @now, @until, @perMinute, @perSecond; leases the channel's head if due and free (and, for several instances, within the budget), returning it with columns named as <see cref="OutboxRow"/>'s properties.</param>
/// <param name="QueuedOfChannel">@channel, @now; the channel's queued posts not leased, in sending order, as <see cref="DigestCandidate"/>s (only those with fields) (locked where the dialect can).</param>
public sealed record OutboxSql(string Claim, string QueuedOfChannel);
