namespace NewsBot.Core.Formatting;

/// <summary>The values a post template sees, as plain text; <see cref="PostTemplate"/> escapes them.</summary>
public sealed record PostFields
{
    public required string Title { get; init; }
    public string Summary { get; init; } = "";
    public string Link { get; init; } = "";
    public string Source { get; init; } = "";
    public string Author { get; init; } = "";

    /// <summary>Publication time, already in the configured zone and format.</summary>
    public string Published { get; init; } = "";

    /// <summary>Category names; the template gets them as hashtags.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool Breaking { get; init; }
}
