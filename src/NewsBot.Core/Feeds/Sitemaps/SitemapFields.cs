using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Sitemaps;

/// <summary>
/// Reads a Google News sitemap's &lt;url&gt; (and a sitemap index's &lt;sitemap&gt;) into an <see cref="ItemBuilder"/>:
/// loc → link, news:title → headline, news:publication_date → published, news:keywords → categories,
/// image:image → picture, lastmod → updated.
/// </summary>
internal static class SitemapFields
{
    public const string Sitemap = "sitemap";
    public const string SitemapIndex = "sitemapindex";

    public static bool IsSitemap(string format) => format is Sitemap or SitemapIndex;

    /// <summary>The element that opens an entry: &lt;url&gt; in a sitemap, &lt;sitemap&gt; in an index.</summary>
    public static bool IsEntry(FeedNamespace ns, string name) => ns == FeedNamespace.Sitemap && name is "url" or "sitemap";

    public static void Read(XmlElementReader element, XmlBaseScope bases, ItemBuilder item, FeedNamespace ns, string name)
    {
        switch (ns, name)
        {
            case (FeedNamespace.Sitemap, "loc"):
                item.Link ??= NonEmpty(bases.Resolve(element.ReadText()));
                break;
            case (FeedNamespace.Sitemap, "lastmod"):
                item.UpdatedRaw ??= XmlFeedReader.RawDate(element.ReadText());
                break;
            case (FeedNamespace.SitemapNews, "title"):
                item.Title ??= element.ReadTitle(TextKind.Guess);
                break;
            case (FeedNamespace.SitemapNews, "publication_date"):
                item.PublishedRaw ??= XmlFeedReader.RawDate(element.ReadText());
                break;
            case (FeedNamespace.SitemapNews, "keywords"):
                AddKeywords(item, element.ReadText());
                break;
            case (FeedNamespace.SitemapImage, "loc"):
                item.AddMedia(bases.Resolve(element.ReadText()), "image");
                break;
        }
    }

    /// <summary>The child sitemaps an index lists, read as entries: their loc and lastmod.</summary>
    public static IReadOnlyList<SitemapLink> Links(IEnumerable<FeedItem> entries) =>
        entries.Where(e => e.Link is not null).Select(e => new SitemapLink(e.Link!, e.Updated)).ToArray();

    private static void AddKeywords(ItemBuilder item, string keywords)
    {
        foreach (var keyword in keywords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            item.AddCategory(keyword);
        }
    }

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;
}
