using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A post claimed from the outbox for sending, or for editing a sent one.</summary>
public sealed record OutboxEntry(
    long Id,
    string Channel,
    string StoryKey,
    string Feed,
    OutgoingPost Post,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset Published)
{
    /// <summary>An edit of a sent post rather than a post to send: the message to edit (null when that post was never sent).</summary>
    public OutboxEdit? Edit { get; init; }

    /// <summary>How the post's story reached the bot: <see cref="StoryVia.Push"/> or <see cref="StoryVia.Poll"/>.</summary>
    public string Via { get; init; } = StoryVia.Poll;
}
