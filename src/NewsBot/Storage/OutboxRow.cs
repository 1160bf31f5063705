namespace NewsBot.Storage;

/// <summary>
/// A claimed outbox row as the claim statement returns it. Settable properties rather than a positional record:
/// Dapper then converts each provider's column types (SQLite's 64-bit integers, PostgreSQL's integer) to these.
/// </summary>
internal sealed class OutboxRow
{
    /// <summary>outbox.kind of a post to send.</summary>
    public const string SendKind = "send";

    /// <summary>outbox.kind of an edit of the message row edit_of sent.</summary>
    public const string EditKind = "edit";

    /// <summary>outbox.kind of a post sent as a reply to the message row edit_of sent.</summary>
    public const string ReplyKind = "reply";

    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string StoryKey { get; init; }
    public required string Feed { get; init; }
    public required string Payload { get; init; }
    public string? Fields { get; init; }
    public int Attempts { get; init; }
    public long CreatedAt { get; init; }
    public long PublishedAt { get; init; }
    public string Kind { get; init; } = SendKind;
    public string? Reason { get; init; }
    public long? EditMessageId { get; init; }
    public string Via { get; init; } = StoryVia.Poll;

    public OutboxEntry ToEntry() => new(
        Id, Channel, StoryKey, Feed, PostPayload.Deserialize(Payload), Attempts, UnixTime.From(CreatedAt), UnixTime.From(PublishedAt))
    {
        Draft = Fields is null ? null : PostPayload.DraftOf(Fields),
        Edit = Kind == EditKind ? new OutboxEdit(EditMessageId, Reason ?? EditReasons.Credits) : null,
        ReplyTo = Kind == ReplyKind ? EditMessageId : null,
        Via = Via,
    };
}
