using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds;

/// <summary>feedparser's version names (and ours for news sitemaps), read from the root element.</summary>
internal static class FeedVersions
{
    /// <exception cref="FeedFormatException">The root element is not a feed's.</exception>
    public static string Detect(XmlReader root) => root.LocalName switch
    {
        "rss" => Rss(root.GetAttribute("version")?.Trim()),
        "RDF" => root.LookupNamespace("")?.Trim() == FeedNamespaces.RssNetscape090 ? "rss090" : "rss10",
        "feed" => Atom(root.NamespaceURI.Trim(), root.GetAttribute("version")?.Trim()),
        "channel" => "rss",
        "urlset" => Sitemaps.SitemapFields.Sitemap,
        "sitemapindex" => Sitemaps.SitemapFields.SitemapIndex,
        "html" => throw new FeedFormatException("not a feed: the document is HTML"),
        _ => throw new FeedFormatException($"not a feed: the root element is <{root.Name}>"),
    };

    private static string Rss(string? version) => version switch
    {
        "0.91" => "rss091u",
        "0.92" => "rss092",
        "0.93" => "rss093",
        "0.94" => "rss094",
        _ when version?.StartsWith("2.", StringComparison.Ordinal) == true => "rss20",
        _ => "rss",
    };

    private static string Atom(string ns, string? version) => (ns, version) switch
    {
        (FeedNamespaces.Atom10, _) => "atom10",
        (_, "0.3") or (FeedNamespaces.Atom03, _) => "atom03",
        _ => "atom",
    };
}
