using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Polling;

namespace NewsBot.Admin;

/// <summary>/preview: the post a feed's newest story would make in its first channel, fetched now; nothing is stored.</summary>
public sealed class FeedPreviewer(FeedReader reader, PostComposer composer)
{
    public async Task<OutgoingPost> NewestPostAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var reading = await reader.ReadAsync(feed, cancellationToken);
        if (reading.Error is { } error)
        {
            return AdminText.Post($"Feed {feed.Name}: {error}");
        }
        var newest = reading.Stories.MaxBy(s => s.Published);
        var post = newest is null ? null : composer.Compose(feed, newest).FirstOrDefault()?.Post;
        return post ?? AdminText.Post($"Feed {feed.Name}: no story to preview (empty, or its newest story is filtered out)");
    }
}
