namespace NewsBot.Storage;

/// <summary>
/// What storage knows of a story by its link: the feed that saw it and, per channel, its outbox row (null columns
/// when the story was recorded without a post). Settable properties so that Dapper converts each provider's types.
/// </summary>
public sealed class StoryTrace
{
    public required string Feed { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public long PublishedAt { get; init; }
    public long FirstSeenAt { get; init; }
    public string? Channel { get; init; }
    public string? StoredStatus { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public long? SentAt { get; init; }

    /// <summary>The channel where the story joined the post of another report of it, instead of being posted.</summary>
    public string? CreditedIn { get; init; }

    /// <summary>That post's headline.</summary>
    public string? CreditedTo { get; init; }

    /// <summary>The outbox row's state; null when the story was recorded without a post.</summary>
    public OutboxState? State => StoredStatus is null ? null : OutboxStates.Parse(StoredStatus);
}
