namespace NewsBot.Storage;

/// <summary>
/// Which message an outbox edit changes, null when the post it edits was never sent (set aside or digested), and
/// why it was queued (<see cref="EditReasons"/>).
/// </summary>
public sealed record OutboxEdit(long? MessageId, string Reason);
