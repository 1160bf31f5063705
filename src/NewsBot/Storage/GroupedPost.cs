namespace NewsBot.Storage;

/// <summary>The outbox row of a group's post, as crediting it needs: where it stands, and its post as first queued.</summary>
internal sealed class GroupedPost
{
    public long Id { get; init; }
    public required string Status { get; init; }
    public long? LeaseUntil { get; init; }
    public required string PostPayload { get; init; }
}
