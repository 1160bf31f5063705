namespace NewsBot.Core.Feeds.Sitemaps;

/// <summary>A child sitemap of a sitemap index: where it is and when it last changed, if the index says.</summary>
public sealed record SitemapLink(string Url, DateTimeOffset? LastModified);
