namespace NewsBot.Core.Feeds.Xml;

/// <summary>The XML namespaces feeds and news sitemaps use, with <see cref="Core"/> standing for no namespace and the RSS ones.</summary>
internal enum FeedNamespace
{
    Core,
    Atom,
    DublinCore,
    DublinCoreTerms,
    Content,
    Media,
    ITunes,
    Rdf,
    Sitemap,
    SitemapNews,
    SitemapImage,
    Other,
}
