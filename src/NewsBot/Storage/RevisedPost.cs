using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A post's send row as revising it needs (settable properties: Dapper converts each dialect's types).</summary>
internal sealed class RevisedPost
{
    private PostDraft? _draft;

    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string StoryKey { get; init; }
    public required string Status { get; init; }
    public long? LeaseUntil { get; init; }
    public required string Fields { get; init; }
    public string? EditsEnd { get; init; }
    public required string Payload { get; init; }
    public long PublishedAt { get; init; }

    /// <summary>The fields, read once: a poll compares each of its stories with every recent post of the feed.</summary>
    public PostDraft Draft => _draft ??= PostPayload.DraftOf(Fields);

    /// <summary>Still queued and not in flight: a revision changes what will be sent.</summary>
    public bool InQueue(long now) => Status == OutboxState.Queued.Stored() && (LeaseUntil is null || LeaseUntil < now);

    public bool Gone => EditsEnd == Storage.EditsEnd.Gone.Stored();

    public bool Closed => EditsEnd == Storage.EditsEnd.Closed.Stored();
}
