namespace NewsBot.Core.Formatting;

/// <summary>
/// What a post says, before any layout: kept in the outbox and rendered when it is sent (<see cref="PostFormatter.Render"/>),
/// so that credits, a changed headline or a breaking mark are changes of fields, never of rendered HTML.
/// </summary>
public sealed record PostDraft
{
    /// <summary>The plain-text headline.</summary>
    public required string Title { get; init; }

    /// <summary>The cleaned lead as plain text, at most the feed's SummaryMaxLength; rendering may shorten it to fit.</summary>
    public string Lead { get; init; } = "";

    public string? Link { get; init; }

    /// <summary>Who published it: the feed's own title, else the feed's name.</summary>
    public string Source { get; init; } = "";

    public string Author { get; init; } = "";

    public DateTimeOffset Published { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The story's picture, whatever the layout does with it (a photo, a preview, nothing).</summary>
    public string? Picture { get; init; }

    public bool Breaking { get; init; }

    /// <summary>Goes out without a notification sound (a routine post of a silent feed).</summary>
    public bool Silent { get; init; }

    /// <summary>Later reports of the story in other feeds, shown as an "Also:" line.</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>When the headline or lead last changed after the post was sent: shown as "Updated HH:MM".</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
