using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>
/// A post claimed from the outbox for sending, for editing a sent one, or for replying to one. <see cref="Post"/> is
/// the post as last rendered; a post with <see cref="Draft"/> is rendered from it again when it is sent.
/// </summary>
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
    /// <summary>The post's fields; null for a row queued before the outbox kept them, and for a digest.</summary>
    public PostDraft? Draft { get; init; }

    /// <summary>An edit of a sent post rather than a post to send: the message to edit (null when that post was never sent).</summary>
    public OutboxEdit? Edit { get; init; }

    /// <summary>A post that replies to an earlier one: that post's message, when it was sent.</summary>
    public long? ReplyTo { get; init; }

    /// <summary>How the post's story reached the bot: <see cref="StoryVia.Push"/> or <see cref="StoryVia.Poll"/>.</summary>
    public string Via { get; init; } = StoryVia.Poll;
}
