using NewsBot.Core.Feeds;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>Reads a feed now as a poll would, but records nothing: for the preview command and /preview.</summary>
public sealed class FeedReader(FeedFetcher fetcher, FeedDocuments documents, TimeProvider time)
{
    public async Task<FeedReading> ReadAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(feed.Url, feed.Timeout, FeedValidators.None, cancellationToken);
        if (fetched is not FetchResult.Fetched body)
        {
            return new FeedReading(null, [], (fetched as FetchResult.Failed)?.Reason ?? "the server returned no content");
        }
        try
        {
            var parsed = (await documents.ReadAsync(feed, body, cancellationToken)).Feed;
            return new FeedReading(parsed, StoryFactory.FromFeed(feed.Name, parsed, time.GetUtcNow()), null);
        }
        catch (FeedFormatException e)
        {
            return new FeedReading(null, [], e.Message);
        }
    }
}
