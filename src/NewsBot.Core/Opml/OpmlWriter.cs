using System.Xml;

namespace NewsBot.Core.Opml;

/// <summary>Writes feeds as an OPML 2.0 subscription list, one category outline per channel holding its feeds.</summary>
public static class OpmlWriter
{
    /// <summary>A feed to export: its name, its feed URL, its site when known, and the channels it posts to.</summary>
    public sealed record Entry(string Name, string XmlUrl, string? HtmlUrl, IReadOnlyList<string> Channels);

    public static void Write(TextWriter output, string title, IEnumerable<Entry> feeds)
    {
        // A text writer would have XmlWriter declare UTF-16; what reaches a file or stdout here is UTF-8.
        output.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false, OmitXmlDeclaration = true });
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        xml.WriteElementString("title", title);
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var channel in feeds.SelectMany(f => f.Channels.Select(c => (Channel: c, Feed: f))).GroupBy(p => p.Channel, StringComparer.Ordinal))
        {
            xml.WriteStartElement("outline");
            xml.WriteAttributeString("text", channel.Key);
            xml.WriteAttributeString("title", channel.Key);
            foreach (var (_, feed) in channel)
            {
                WriteFeed(xml, feed);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteFeed(XmlWriter xml, Entry feed)
    {
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("type", "rss");
        xml.WriteAttributeString("text", feed.Name);
        xml.WriteAttributeString("title", feed.Name);
        xml.WriteAttributeString("xmlUrl", feed.XmlUrl);
        if (feed.HtmlUrl is not null)
        {
            xml.WriteAttributeString("htmlUrl", feed.HtmlUrl);
        }
        xml.WriteEndElement();
    }
}
