using NewsBot.Core.Feeds;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Fetching;
using NewsBot.Polling;
using NewsBot.Storage;

namespace NewsBot.Admin;

/// <summary>/preview: the post a feed's newest story would make in its first channel, fetched now; nothing is stored.</summary>
public sealed class FeedPreviewer(FeedFetcher fetcher, PostComposer composer, TimeProvider time)
{
    public async Task<OutgoingPost> NewestPostAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(feed, FeedValidators.None, cancellationToken);
        if (fetched is not FetchResult.Fetched body)
        {
            return AdminText.Post($"Feed {feed.Name}: {(fetched as FetchResult.Failed)?.Reason ?? "no content"}");
        }
        try
        {
            var parsed = FeedParser.Parse(body.Body, new FeedParseOptions { BaseUri = body.BaseUri, HttpCharset = body.Charset });
            var newest = StoryFactory.FromFeed(feed.Name, parsed, time.GetUtcNow()).MaxBy(s => s.Published);
            var post = newest is null ? null : composer.Compose(feed, newest).FirstOrDefault()?.Post;
            return post ?? AdminText.Post($"Feed {feed.Name}: no story to preview (empty, or its newest story is filtered out)");
        }
        catch (FeedFormatException e)
        {
            return AdminText.Post($"Feed {feed.Name}: {e.Message}");
        }
    }
}
