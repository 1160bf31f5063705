using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>A story_group row: one report of a channel and the post (group_key) it is in. Settable for Dapper's conversions.</summary>
internal sealed class StoryGroupRow
{
    public required string StoryKey { get; init; }
    public required string GroupKey { get; init; }
    public required string Title { get; init; }
    public string? Lead { get; init; }
    public string? Link { get; init; }
    public long PublishedAt { get; init; }

    public bool Opened => StoryKey == GroupKey;

    public GroupingItem ToItem() => new(StoryKey, Title, Lead, Link, UnixTime.From(PublishedAt));
}
