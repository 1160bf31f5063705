using System.ServiceModel.Syndication;
using System.Xml.Linq;

namespace NewsBot.Benchmarks.Compare;

/// <summary>Reads the RSS extension elements that System.ServiceModel.Syndication keeps only as raw XML.</summary>
public static class SyndicationExtensions
{
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";
    private const string ITunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    /// <summary>The text of the first extension element with this name.</summary>
    public static string? Text(SyndicationElementExtensionCollection extensions, string name, string ns) =>
        extensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns) is { } extension
            ? Element(extension).Value
            : null;

    /// <summary>Enclosure links, then media:content / media:thumbnail (also inside media:group), then itunes:image.</summary>
    public static IEnumerable<string> Media(SyndicationItem item)
    {
        var enclosures = item.Links.Where(l => l.RelationshipType == "enclosure").Select(Url);
        var extensions = item.ElementExtensions
            .Where(e => e.OuterNamespace is MediaNamespace or ITunesNamespace)
            .Select(Element)
            .SelectMany(e => e.DescendantsAndSelf())
            .Select(e => e.Name.LocalName switch
            {
                "content" or "thumbnail" => (string?)e.Attribute("url"),
                "image" => (string?)e.Attribute("href"),
                _ => null,
            });
        return enclosures.Concat(extensions).OfType<string>().Select(u => u.Trim()).Where(u => u.Length > 0).Distinct();
    }

    /// <summary>The link as the feed wrote it, resolved against xml:base when the library recorded one.</summary>
    public static string? Url(SyndicationLink link) => (link.GetAbsoluteUri() ?? link.Uri)?.OriginalString;

    private static XElement Element(SyndicationElementExtension extension)
    {
        // XElement.Load would insist that the extension's reader ends with the element; ReadFrom does not.
        using var reader = extension.GetReader();
        reader.MoveToContent();
        return (XElement)XNode.ReadFrom(reader);
    }
}
