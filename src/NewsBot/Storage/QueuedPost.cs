using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>
/// A post to be written to the outbox: one story for one channel, as rendered when composed (<see cref="Post"/>) and
/// as fields (<see cref="Draft"/>) to render at send time; grouped with the channel's other reports when
/// <see cref="Grouping"/> is set, compared with the channel's earlier post of the story when <see cref="Updating"/> is.
/// </summary>
public sealed record QueuedPost(string Channel, string StoryKey, string Feed, OutgoingPost Post, DateTimeOffset Published, int Priority = 0)
{
    public PostDraft? Draft { get; init; }

    public PostGrouping? Grouping { get; init; }

    public PostUpdating? Updating { get; init; }

    /// <summary><see cref="StoryVia.Push"/> or <see cref="StoryVia.Poll"/>.</summary>
    public string Via { get; init; } = StoryVia.Poll;
}
