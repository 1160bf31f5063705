using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Core.Opml;

/// <summary>
/// Reads the feeds of an OPML subscription list, as feed readers export them (OPML 1.0, 1.1 and 2.0): every outline
/// with an xmlUrl, at any depth; the outlines around it, and its own category attribute, are its categories.
/// </summary>
public static class OpmlReader
{
    /// <summary>The feeds of the document; a stream, so that its XML declaration's encoding is honoured.</summary>
    public static IReadOnlyList<OpmlFeed> Read(Stream document)
    {
        var body = Load(document).Root?.Element("body")
            ?? throw new OpmlFormatException("not an OPML document: no <opml><body>", 1);
        var feeds = new List<OpmlFeed>();
        Collect(body, [], feeds);
        return feeds;
    }

    private static XDocument Load(Stream document)
    {
        // Exports may carry a DOCTYPE; never fetch or expand one.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(document, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new OpmlFormatException($"not well-formed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}", e.LineNumber);
        }
    }

    private static void Collect(XElement parent, IReadOnlyList<string> categories, List<OpmlFeed> feeds)
    {
        foreach (var outline in parent.Elements("outline"))
        {
            var label = Attribute(outline, "title") ?? Attribute(outline, "text");
            if (Attribute(outline, "xmlUrl") is { } xmlUrl)
            {
                var line = ((IXmlLineInfo)outline).LineNumber;
                feeds.Add(new(label ?? xmlUrl, xmlUrl, Attribute(outline, "htmlUrl"), [.. categories, .. CategoryAttribute(outline)], line));
            }
            else
            {
                Collect(outline, label is null ? categories : [.. categories, label], feeds);
            }
        }
    }

    /// <summary>OPML 2.0's category attribute: comma-separated, each a slash-delimited path ("/Tech/AI").</summary>
    private static IEnumerable<string> CategoryAttribute(XElement outline) =>
        (Attribute(outline, "category") ?? "").Split(',', StringSplitOptions.TrimEntries)
            .Select(c => c.Trim('/'))
            .Where(c => c.Length > 0);

    /// <summary>A non-blank attribute; the name in any case, as some exporters write xmlurl or htmlURL.</summary>
    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim() is { Length: > 0 } value
            ? value
            : null;
}
