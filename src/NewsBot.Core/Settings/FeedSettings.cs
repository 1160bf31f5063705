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
}
