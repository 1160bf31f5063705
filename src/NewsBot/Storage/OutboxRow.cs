namespace NewsBot.Storage;

/// <summary>
/// A claimed outbox row as the claim statement returns it. Settable properties rather than a positional record:
/// Dapper then converts each provider's column types (SQLite's 64-bit integers, PostgreSQL's integer) to these.
/// </summary>
internal sealed class OutboxRow
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string StoryKey { get; init; }
    public required string Feed { get; init; }
    public required string Payload { get; init; }
    public int Attempts { get; init; }
    public long CreatedAt { get; init; }
    public long PublishedAt { get; init; }
    public string Kind { get; init; } = SendKind;
    public long? EditMessageId { get; init; }
    public string Via { get; init; } = StoryVia.Poll;

    /// <summary>outbox.kind of a post to send; the other kind is 'edit'.</summary>
    public const string SendKind = "send";

    public OutboxEntry ToEntry() => new(
        Id, Channel, StoryKey, Feed, PostPayload.Deserialize(Payload), Attempts, UnixTime.From(CreatedAt), UnixTime.From(PublishedAt))
    {
        Edit = Kind == SendKind ? null : new OutboxEdit(EditMessageId),
        Via = Via,
    };
}
