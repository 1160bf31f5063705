namespace NewsBot.Storage;

/// <summary>
/// A post Telegram accepted, with its payload as kept in the outbox (see <see cref="PostPayload"/>): for the status
/// page, the payload of its last accepted edit, if any, and when that was.
/// </summary>
public sealed class SentPost
{
    public required string Channel { get; init; }
    public required string Feed { get; init; }
    public required string Payload { get; init; }
    public long PublishedAt { get; init; }
    public long SentAt { get; init; }
    public long? EditedAt { get; init; }
}
