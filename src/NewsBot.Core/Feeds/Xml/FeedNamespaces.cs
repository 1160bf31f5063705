using System.Collections.Frozen;
using System.Xml;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>Maps namespace URIs to <see cref="FeedNamespace"/>, tolerating stray whitespace, case and trailing slashes.</summary>
internal static class FeedNamespaces
{
    public const string RssNetscape090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly FrozenDictionary<string, FeedNamespace> Known = new Dictionary<string, FeedNamespace>
    {
        [""] = FeedNamespace.Core,
        ["http://purl.org/rss/1.0"] = FeedNamespace.Core,
        ["http://my.netscape.com/rdf/simple/0.9"] = FeedNamespace.Core,
        ["http://backend.userland.com/rss2"] = FeedNamespace.Core,
        ["http://backend.userland.com/rss"] = FeedNamespace.Core,
        ["http://blogs.law.harvard.edu/tech/rss"] = FeedNamespace.Core,
        ["http://www.w3.org/2005/atom"] = FeedNamespace.Atom,
        ["http://purl.org/atom/ns#"] = FeedNamespace.Atom,
        ["http://purl.org/dc/elements/1.1"] = FeedNamespace.DublinCore,
        ["http://purl.org/dc/terms"] = FeedNamespace.DublinCoreTerms,
        ["http://purl.org/rss/1.0/modules/content"] = FeedNamespace.Content,
        ["http://search.yahoo.com/mrss"] = FeedNamespace.Media,
        ["http://tools.search.yahoo.com/mrss"] = FeedNamespace.Media,
        ["http://www.itunes.com/dtds/podcast-1.0.dtd"] = FeedNamespace.ITunes,
        [Rdf] = FeedNamespace.Rdf,
        ["http://www.sitemaps.org/schemas/sitemap/0.9"] = FeedNamespace.Sitemap,
        ["http://www.google.com/schemas/sitemap-news/0.9"] = FeedNamespace.SitemapNews,
        ["http://www.google.com/schemas/sitemap-image/1.1"] = FeedNamespace.SitemapImage,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prefixes declared up front, so that feeds using them without a declaration still parse.</summary>
    private static readonly (string Prefix, string Uri)[] CommonPrefixes =
    [
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
        ("atom", Atom10),
        ("rdf", Rdf),
        ("slash", "http://purl.org/rss/1.0/modules/slash/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"),
        ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
        ("georss", "http://www.georss.org/georss"),
        ("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
        ("thr", "http://purl.org/syndication/thread/1.0"),
        ("googleplay", "http://www.google.com/schemas/play-podcasts/1.0"),
        ("news", "http://www.google.com/schemas/sitemap-news/0.9"),
        ("image", "http://www.google.com/schemas/sitemap-image/1.1"),
    ];

    private static readonly FrozenDictionary<string, FeedNamespace>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FeedNamespace Classify(string uri) =>
        uri.Length == 0 ? FeedNamespace.Core
        : KnownBySpan.TryGetValue(uri.AsSpan().Trim().TrimEnd('/'), out var kind) ? kind : FeedNamespace.Other;

    public static XmlNamespaceManager CreateManager(XmlNameTable names)
    {
        var manager = new XmlNamespaceManager(names);
        foreach (var (prefix, uri) in CommonPrefixes)
        {
            manager.AddNamespace(prefix, uri);
        }
        return manager;
    }
}
