using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Scraping;
using NewsBot.Core.Settings;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>
/// Reads a fetched body as its feed's settings say (a feed, a scraped page, a JSON document); a sitemap index is
/// followed to its newest children.
/// </summary>
public sealed class FeedDocuments(SitemapIndexes sitemaps, RuleMisses misses)
{
    /// <exception cref="FeedFormatException">The body is not a feed, or no child of an index could be read.</exception>
    public async Task<FeedDocument> ReadAsync(FeedSettings feed, FetchResult.Fetched body, CancellationToken cancellationToken)
    {
        var parsed = SourceParser.Parse(body.Body, feed, body.ParseOptions);
        misses.Report(feed.Name, parsed.RuleMatches);
        if (parsed.Sitemaps.Count == 0)
        {
            return new FeedDocument(parsed, body.Validators) { Hub = body.Hub ?? parsed.Hub, Self = body.Self ?? parsed.Self };
        }
        // An index may stay the same while its children change: it is read whole every time (it is small), and
        // each child is fetched conditionally instead.
        return new FeedDocument(await sitemaps.FollowAsync(feed, parsed, cancellationToken), FeedValidators.None);
    }
}
