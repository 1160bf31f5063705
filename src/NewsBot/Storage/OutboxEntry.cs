using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A post claimed from the outbox for sending.</summary>
public sealed record OutboxEntry(
    long Id,
    string Channel,
    string StoryKey,
    string Feed,
    OutgoingPost Post,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset Published);
