namespace NewsBot.Core.Filtering;

/// <summary>
/// Which stories a feed or channel posts. Rules are matched on the title, summary text, link and categories.
/// Words and phrases match case-insensitively as whole words; patterns are .NET regular expressions
/// (case-insensitive, with a match timeout). Exclusions win; with any include rule, a story must match one.
/// Settable, not init-only: the settings binder fills a feed's copy of the Defaults' rules in place.
/// </summary>
public sealed record StoryFilterOptions
{
    public IReadOnlyList<string> IncludeWords { get; set; } = [];
    public IReadOnlyList<string> ExcludeWords { get; set; } = [];
    public IReadOnlyList<string> IncludePatterns { get; set; } = [];
    public IReadOnlyList<string> ExcludePatterns { get; set; } = [];
}
