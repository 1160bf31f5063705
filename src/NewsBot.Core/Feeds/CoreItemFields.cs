using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds;

/// <summary>Reads an entry's RSS and Atom elements (no namespace, an RSS namespace, or Atom's) into an <see cref="ItemBuilder"/>.</summary>
internal static class CoreItemFields
{
    public static void Read(XmlElementReader element, XmlBaseScope bases, ItemBuilder item, string name, FeedNamespace ns)
    {
        switch (name)
        {
            case "title":
                item.Title ??= element.ReadTitle(ns == FeedNamespace.Atom ? TextKind.Plain : TextKind.Guess);
                break;
            case "link":
                ReadLink(element, bases, item);
                break;
            case "guid":
                ReadGuid(element, item);
                break;
            case "id":
                item.Id ??= NonEmpty(element.ReadText());
                break;
            case "description":
                item.Summary ??= element.ReadHtml(TextKind.Html);
                break;
            case "summary":
                item.Summary ??= element.ReadHtml(ns == FeedNamespace.Atom ? TextKind.Plain : TextKind.Html);
                break;
            case "content":
                item.Content ??= element.Attribute("src") is null ? element.ReadHtml(TextKind.Plain) : null;
                break;
            case "pubDate" or "published" or "issued":
                item.PublishedRaw ??= XmlFeedReader.RawDate(element.ReadText());
                break;
            case "updated" or "modified":
                item.UpdatedRaw ??= XmlFeedReader.RawDate(element.ReadText());
                break;
            case "author":
                item.Author ??= element.ReadPerson();
                break;
            case "category":
                item.AddCategory(element.Attribute("term") ?? element.ReadText());
                break;
            case "enclosure":
                item.AddMedia(bases.Resolve(element.Attribute("url") ?? ""), element.Attribute("type"));
                break;
            case "source":
                element.Skip();
                break;
        }
    }

    private static void ReadLink(XmlElementReader element, XmlBaseScope bases, ItemBuilder item)
    {
        var link = element.ReadLink(bases);
        if (link.Url is null)
        {
            return;
        }
        if (link.Rel == LinkElement.Alternate)
        {
            item.Link ??= link.Url;
        }
        else if (link.Rel == "enclosure")
        {
            item.AddMedia(link.Url, link.Type);
        }
    }

    /// <summary>The guid is the id; it is also the link when it is a permalink (the default) and an http(s) URL.</summary>
    private static void ReadGuid(XmlElementReader element, ItemBuilder item)
    {
        var isPermaLink = element.Attribute("isPermaLink")?.Trim();
        var guid = NonEmpty(element.ReadText());
        item.Id ??= guid;
        if (guid is not null && !string.Equals(isPermaLink, "false", StringComparison.OrdinalIgnoreCase)
            && (guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            item.PermalinkGuid ??= guid;
        }
    }

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
