using System.ServiceModel.Syndication;
using System.Xml;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Text;
using FeedItem = NewsBot.Core.Feeds.FeedItem;

namespace NewsBot.Benchmarks.Compare;

/// <summary>
/// System.ServiceModel.Syndication with its default formatters (RSS 2.0 and Atom 1.0 only). Extension elements that a
/// consumer would read by hand (content:encoded, dc:creator, Media RSS) are read from its element extensions.
/// </summary>
public sealed class SyndicationFeedAdapter : IFeedAdapter
{
    // A DOCTYPE is ignored rather than refused, as any caller reading the open web would configure it.
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Ignore };

    public string Name => "syndication";

    public ParsedFeed Parse(byte[] data)
    {
        using var reader = XmlReader.Create(new MemoryStream(data), ReaderSettings);
        var (feed, format) = Read(reader);
        return new ParsedFeed
        {
            Format = format,
            Title = PlainText(feed.Title),
            Link = AlternateLink(feed.Links),
            Items = feed.Items.Select(ToItem).ToList(),
        };
    }

    private static (SyndicationFeed Feed, string Format) Read(XmlReader reader)
    {
        var atom = new Atom10FeedFormatter();
        if (atom.CanRead(reader))
        {
            atom.ReadFrom(reader);
            return (atom.Feed, "atom10");
        }
        var rss = new Rss20FeedFormatter();
        if (rss.CanRead(reader))
        {
            rss.ReadFrom(reader);
            return (rss.Feed, "rss20");
        }
        throw new XmlException($"neither RSS 2.0 nor Atom 1.0: <{reader.Name}>");
    }

    private static FeedItem ToItem(SyndicationItem item)
    {
        var content = (item.Content as TextSyndicationContent)?.Text
            ?? SyndicationExtensions.Text(item.ElementExtensions, "encoded", SyndicationExtensions.ContentNamespace);
        return new FeedItem
        {
            Id = item.Id,
            Title = PlainText(item.Title),
            Link = AlternateLink(item.Links),
            Published = Date(item.PublishDate),
            Updated = Date(item.LastUpdatedTime),
            SummaryHtml = item.Summary?.Text ?? content,
            ContentHtml = content,
            Author = Author(item),
            Media = SyndicationExtensions.Media(item).Select(url => new FeedMedia(url)).ToList(),
        };
    }

    /// <summary>Atom's html and xhtml text constructs hold markup; RSS text and Atom text are used as given.</summary>
    private static string? PlainText(TextSyndicationContent? text) =>
        text?.Type is "html" or "xhtml" ? HtmlText.ToPlainText(text.Text) : text?.Text;

    private static string? AlternateLink(IEnumerable<SyndicationLink> links) =>
        links.FirstOrDefault(l => l.RelationshipType is null or "alternate") is { } link
            ? SyndicationExtensions.Url(link)
            : null;

    private static string? Author(SyndicationItem item) =>
        item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
        ?? SyndicationExtensions.Text(item.ElementExtensions, "creator", SyndicationExtensions.DublinCoreNamespace);

    // The library reports a missing date as DateTimeOffset.MinValue.
    private static DateTimeOffset? Date(DateTimeOffset date) => date == default ? null : date;
}
