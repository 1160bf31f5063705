namespace NewsBot.Core.Formatting;

/// <summary>
/// How stories of a feed or channel are turned into posts. Every default is usable as is. Settable, not init-only:
/// the settings binder fills a feed's copy of the Defaults' options in place.
/// </summary>
public sealed record PostFormatOptions
{
    public static readonly IReadOnlyList<string> DefaultBreakingWords = ["BREAKING", "URGENT", "FLASH", "JUST IN"];

    /// <summary>Scriban template producing Telegram HTML; null = <see cref="PostTemplate.DefaultText"/>.</summary>
    public string? Template { get; set; }

    /// <summary>Longest summary in UTF-16 units before the post limit forces it shorter (default 300).</summary>
    public int SummaryMaxLength { get; set; } = 300;

    /// <summary>Regexes removed from summaries; null = <see cref="Summary.DefaultBoilerplatePatterns"/>.</summary>
    public IReadOnlyList<string>? BoilerplatePatterns { get; set; }

    /// <summary>IANA time zone the publication time is shown in (default "UTC").</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>.NET date format for the publication time, invariant culture (default "d MMM yyyy, HH:mm").</summary>
    public string DateFormat { get; set; } = "d MMM yyyy, HH:mm";

    /// <summary>How the picture is shown (default <see cref="PostImageMode.Photo"/>).</summary>
    public PostImageMode Images { get; set; } = PostImageMode.Photo;

    /// <summary>Routine posts go out without a notification sound (default true); breaking ones always notify.</summary>
    public bool Silent { get; set; } = true;

    /// <summary>
    /// Words that mark a story as breaking when they appear anywhere in the title as whole words, matched
    /// case-sensitively so "BREAKING: …" counts and "Breaking Bad" does not (default BREAKING, URGENT, FLASH, JUST IN).
    /// </summary>
    public IReadOnlyList<string> BreakingWords { get; set; } = DefaultBreakingWords;

    /// <summary>Every story of this feed is breaking news (a dedicated alerts feed).</summary>
    public bool FeedIsBreaking { get; set; }
}
