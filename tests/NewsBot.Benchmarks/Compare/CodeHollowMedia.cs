using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Feeds.Itunes;
using LibraryItem = CodeHollow.FeedReader.FeedItem;

namespace NewsBot.Benchmarks.Compare;

/// <summary>An item's media URLs from CodeHollow.FeedReader's format-specific items, de-duplicated in document order.</summary>
public static class CodeHollowMedia
{
    public static IEnumerable<string> Of(LibraryItem item)
    {
        var urls = Specific(item.SpecificItem).Append(item.GetItunesItem()?.Image?.Href);
        return urls.OfType<string>().Select(u => u.Trim()).Where(u => u.Length > 0).Distinct();
    }

    private static IEnumerable<string?> Specific(BaseFeedItem specific) => specific switch
    {
        Rss20FeedItem rss => [rss.Enclosure?.Url],
        MediaRssFeedItem media => MediaRss(media),
        Rss092FeedItem rss092 => [rss092.Enclosure?.Url],
        AtomFeedItem atom => atom.Links?.Where(l => l.Relation == "enclosure").Select(l => l.Href) ?? [],
        JsonFeedItem json => Json(json),
        _ => [],
    };

    private static IEnumerable<string?> MediaRss(MediaRssFeedItem item)
    {
        var media = (item.Media ?? []).Concat(item.MediaGroups?.SelectMany(g => g.Media ?? []) ?? []);
        return media
            .SelectMany(m => (m.Thumbnails ?? []).Select(t => t.Url).Prepend(m.Url))
            .Prepend(item.Enclosure?.Url);
    }

    private static IEnumerable<string?> Json(JsonFeedItem item) =>
        (item.Attachments ?? []).Select(a => a.Url).Prepend(item.BannerImage).Prepend(item.Image);
}
