using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Testing.Feeds;

/// <summary>Writes small RSS 2.0 documents for tests: items given newest first, as feeds list them.</summary>
public static class RssBuilder
{
    public sealed record Item(string Guid, string Title, string Description, DateTimeOffset Published, string? Link = null);

    public static string Build(string title, IEnumerable<Item> items)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
        xml.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title><link>https://news.example/</link><description>Test feed</description>");
        foreach (var item in items)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<item><guid isPermaLink=\"false\">{Escape(item.Guid)}</guid><title>{Escape(item.Title)}</title>" +
                $"<link>{Escape(item.Link ?? $"https://news.example/{item.Guid}")}</link>" +
                $"<description>{Escape(item.Description)}</description><pubDate>{item.Published.ToUniversalTime():R}</pubDate></item>");
        }
        xml.Append("</channel></rss>");
        return xml.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
