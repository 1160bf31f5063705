using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using NewsBot.Core.Feeds;
using FeedItem = NewsBot.Core.Feeds.FeedItem;
using LibraryItem = CodeHollow.FeedReader.FeedItem;

namespace NewsBot.Benchmarks.Compare;

/// <summary>CodeHollow.FeedReader (XDocument underneath): its common item model, plus the format-specific item for dates and media.</summary>
public sealed class CodeHollowFeedAdapter : IFeedAdapter
{
    public string Name => "codehollow";

    public ParsedFeed Parse(byte[] data)
    {
        var feed = FeedReader.ReadFromByteArray(data);
        return new ParsedFeed
        {
            Format = Format(feed.Type),
            Title = feed.Title,
            Link = feed.Link,
            Items = feed.Items.Select(ToItem).ToList(),
        };
    }

    private static FeedItem ToItem(LibraryItem item)
    {
        var (updated, updatedRaw) = Updated(item.SpecificItem);
        return new FeedItem
        {
            Id = item.Id,
            Title = item.Title,
            Link = item.Link,
            Published = Utc(item.PublishingDate),
            PublishedRaw = item.PublishingDateString,
            Updated = Utc(updated),
            UpdatedRaw = updatedRaw,
            SummaryHtml = item.Description ?? item.Content,
            ContentHtml = item.Content,
            Author = item.Author ?? DublinCore(item.SpecificItem)?.Creator,
            Media = CodeHollowMedia.Of(item).Select(url => new FeedMedia(url)).ToList(),
        };
    }

    /// <summary>Atom's updated and RSS dc:date, which feedparser (the reference) reports as the updated date.</summary>
    private static (DateTime? Date, string? Raw) Updated(BaseFeedItem specific) =>
        specific is AtomFeedItem atom
            ? (atom.UpdatedDate, atom.UpdatedDateString)
            : (DublinCore(specific)?.Date, DublinCore(specific)?.DateString);

    /// <summary>The dc: elements, which the library keeps aside for the RSS formats that use them.</summary>
    private static DublinCore? DublinCore(BaseFeedItem specific) => specific switch
    {
        Rss20FeedItem rss => rss.DC,
        MediaRssFeedItem media => media.DC,
        Rss10FeedItem rdf => rdf.DC,
        _ => null,
    };

    // The library parses dates to UTC; a DateTime without a kind is taken as UTC too.
    private static DateTimeOffset? Utc(DateTime? date) =>
        date is { } d ? new DateTimeOffset(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null;

    private static string Format(FeedType type) => type switch
    {
        FeedType.Atom => "atom10",
        FeedType.Rss_0_91 => "rss091u",
        FeedType.Rss_0_92 => "rss092",
        FeedType.Rss_1_0 => "rss10",
        FeedType.Rss_2_0 or FeedType.MediaRss or FeedType.Rss => "rss20",
        FeedType.JsonFeed => "json1",
        _ => "",
    };
}
