using System.Collections.Concurrent;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Sitemaps;
using NewsBot.Core.Settings;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>
/// Follows a sitemap index to the child sitemaps it says changed most recently, at most <see cref="MaxChildren"/>,
/// each fetched with its own conditional GET; a child that has not changed gives the items it gave last time.
/// </summary>
public sealed class SitemapIndexes(FeedFetcher fetcher)
{
    /// <summary>Newsrooms put today's stories in the newest one or two children; the older ones only grow stale.</summary>
    public const int MaxChildren = 3;

    private readonly ConcurrentDictionary<(string Feed, string Url), Child> _children = new();

    /// <exception cref="FeedFormatException">No child could be read.</exception>
    public async Task<ParsedFeed> FollowAsync(FeedSettings feed, ParsedFeed index, CancellationToken cancellationToken)
    {
        var newest = index.Sitemaps.OrderByDescending(s => s.LastModified ?? DateTimeOffset.MinValue).Take(MaxChildren).ToList();
        Forget(feed.Name, newest);
        var items = new List<FeedItem>();
        var problems = new List<string>();
        string? title = null;
        foreach (var link in newest)
        {
            var child = await ReadChildAsync(feed, link.Url, cancellationToken);
            items.AddRange(child.Items);
            title ??= child.Title;
            if (child.Problem is { } problem)
            {
                problems.Add($"child sitemap {link.Url}: {problem}");
            }
        }
        if (items.Count == 0 && problems.Count > 0)
        {
            throw new FeedFormatException(string.Join("; ", problems));
        }
        return index with { Title = index.Title ?? title, Items = items, Problem = problems.Count > 0 ? string.Join("; ", problems) : index.Problem };
    }

    private async Task<ParsedFeed> ReadChildAsync(FeedSettings feed, string url, CancellationToken cancellationToken)
    {
        var key = (feed.Name, url);
        var last = _children.GetValueOrDefault(key);
        var fetched = await fetcher.FetchAsync(url, feed.Timeout, last?.Validators ?? FeedValidators.None, cancellationToken);
        try
        {
            return fetched switch
            {
                FetchResult.Fetched body => Remember(key, body),
                FetchResult.Failed failed => new ParsedFeed { Problem = failed.Reason },
                _ => last?.Feed ?? new ParsedFeed(),
            };
        }
        catch (FeedFormatException e)
        {
            return new ParsedFeed { Problem = e.Message };
        }
    }

    private ParsedFeed Remember((string Feed, string Url) key, FetchResult.Fetched body)
    {
        var parsed = body.Parse();
        _children[key] = new Child(body.Validators, parsed);
        return parsed;
    }

    /// <summary>Children that dropped out of the newest few are not asked again, so their state goes.</summary>
    private void Forget(string feed, List<SitemapLink> newest)
    {
        foreach (var key in _children.Keys.Where(k => k.Feed == feed && !newest.Exists(l => l.Url == k.Url)))
        {
            _children.TryRemove(key, out _);
        }
    }

    private sealed record Child(FeedValidators Validators, ParsedFeed Feed);
}
