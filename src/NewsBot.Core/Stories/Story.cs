using NewsBot.Core.Feeds;

namespace NewsBot.Core.Stories;

/// <summary>A feed item the bot has decided to consider: keyed, dated and tied to its source.</summary>
public sealed record Story
{
    /// <summary>Stable key of the story within its feed (hex SHA-256); see <see cref="StoryKey"/>.</summary>
    public required string Key { get; init; }

    /// <summary>The configured feed name.</summary>
    public required string FeedName { get; init; }

    /// <summary>The feed's own title, for the "source" line of a post.</summary>
    public string? SourceTitle { get; init; }

    /// <summary>Plain-text headline (never empty: falls back to the summary's first words or the link).</summary>
    public required string Title { get; init; }

    /// <summary>Absolute http(s) link, when the feed gives one.</summary>
    public string? Link { get; init; }

    public string? SummaryHtml { get; init; }
    public string? ContentHtml { get; init; }
    public string? Author { get; init; }

    /// <summary>Publication time: the feed's date, else when the bot first saw the story; never in the future.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>False when the feed gave no usable date and <see cref="Published"/> is the first-seen time.</summary>
    public bool HasFeedDate { get; init; }

    public IReadOnlyList<FeedMedia> Media { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>What the story's feed repeats around every story, learnt from the poll that brought it.</summary>
    public FeedBoilerplate Boilerplate { get; init; } = FeedBoilerplate.None;
}
