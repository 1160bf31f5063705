using NewsBot.Core.Feeds.Scraping;
using NewsBot.Core.Feeds.Sitemaps;

namespace NewsBot.Core.Feeds;

/// <summary>A feed document read into one shape, whatever its format.</summary>
public sealed record ParsedFeed
{
    /// <summary>feedparser's version names: rss20, rss10, rss091u, atom10, atom03, json1, json11, or ""; sitemap, sitemapindex.</summary>
    public string Format { get; init; } = "";
    public string? Title { get; init; }
    public string? Link { get; init; }
    public IReadOnlyList<FeedItem> Items { get; init; } = [];

    /// <summary>The character encoding the document was read with.</summary>
    public string? Encoding { get; init; }

    /// <summary>Why the document is ill-formed, when it is (items read before the fault are kept).</summary>
    public string? Problem { get; init; }

    /// <summary>RSS &lt;ttl&gt;: how long the publisher asks readers to wait between polls.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>A sitemap index's child sitemaps (it has no items of its own).</summary>
    public IReadOnlyList<SitemapLink> Sitemaps { get; init; } = [];

    /// <summary>A scraped page's or JSON document's rules and how many items each found a value in.</summary>
    public IReadOnlyList<RuleMatch> RuleMatches { get; init; } = [];

    /// <summary>The WebSub hub the feed advertises (atom:link or link rel="hub"), if any.</summary>
    public string? Hub { get; init; }

    /// <summary>The feed's own canonical URL (rel="self"): the topic to subscribe to.</summary>
    public string? Self { get; init; }
}
