using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A post to be written to the outbox: one story for one channel; grouped with the channel's other reports when <see cref="Grouping"/> is set.</summary>
public sealed record QueuedPost(string Channel, string StoryKey, string Feed, OutgoingPost Post, DateTimeOffset Published, int Priority = 0)
{
    public PostGrouping? Grouping { get; init; }

    /// <summary><see cref="StoryVia.Push"/> or <see cref="StoryVia.Poll"/>.</summary>
    public string Via { get; init; } = StoryVia.Poll;
}
