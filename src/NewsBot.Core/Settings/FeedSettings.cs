namespace NewsBot.Core.Settings;

/// <summary>One entry of Feeds: what to poll and where to post it, plus any overridden defaults.</summary>
public sealed class FeedSettings : FeedDefaults
{
    public string Name { get; set; } = "";

    /// <summary>An http(s) URL, a file:// URL or a local file path (relative to the working directory).</summary>
    public string Url { get; set; } = "";

    /// <summary>The feed's web site, when known (an OPML outline's htmlUrl); export-opml writes it back.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Names of entries under Channels.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Read the Url as an HTML page with these CSS selectors instead of as a feed.</summary>
    public ScrapeSettings? Scrape { get; set; }

    /// <summary>Read the Url as a JSON document with these dotted paths instead of as a feed.</summary>
    public JsonSourceSettings? Json { get; set; }

    /// <summary>
    /// A copy to bind another feed's keys over. The configuration binder fills nested settings in place, so the
    /// nested ones a feed may override (Format, Filter, Channels) are copied too; Scrape and Json belong to one feed
    /// and are never in a copied-from Defaults that passed validation.
    /// </summary>
    public FeedSettings Copy()
    {
        var copy = (FeedSettings)MemberwiseClone();
        copy.Format = Format with { };
        copy.Filter = Filter with { };
        copy.Channels = [.. Channels];
        return copy;
    }
}
