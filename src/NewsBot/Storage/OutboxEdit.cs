namespace NewsBot.Storage;

/// <summary>Which message an outbox edit changes: null when the post it edits was never sent (set aside or digested).</summary>
public sealed record OutboxEdit(long? MessageId);
