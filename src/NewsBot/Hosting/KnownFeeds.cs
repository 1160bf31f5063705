using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>
/// The feeds merged so far, by source and by name, so that merging an OPML list costs one look-up per outline
/// instead of a pass over every feed.
/// </summary>
internal sealed class KnownFeeds
{
    private readonly List<FeedSettings> _feeds;
    private readonly Dictionary<string, int> _bySource = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public KnownFeeds(List<FeedSettings> feeds)
    {
        _feeds = feeds;
        for (var i = 0; i < feeds.Count; i++)
        {
            Index(feeds[i], i);
        }
    }

    /// <summary>The index of the first feed with this source, or -1.</summary>
    public int IndexOf(string url) => _bySource.GetValueOrDefault(FeedSource.SourceKey(url), -1);

    public bool HasName(string name) => _names.Contains(name);

    public void Add(FeedSettings feed)
    {
        _feeds.Add(feed);
        Index(feed, _feeds.Count - 1);
    }

    private void Index(FeedSettings feed, int index)
    {
        _names.Add(feed.Name);
        // A feed without a Url is an error the validator reports; it is the same source as nothing.
        if (!string.IsNullOrWhiteSpace(feed.Url))
        {
            _bySource.TryAdd(FeedSource.SourceKey(feed.Url), index);
        }
    }
}
