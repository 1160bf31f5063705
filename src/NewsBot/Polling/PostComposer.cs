using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>Formats a story once for each of its feed's channels.</summary>
public sealed class PostComposer
{
    private readonly PostFormatter _formatter = new(new PostFormatOptions());

    public IEnumerable<QueuedPost> Compose(FeedSettings feed, Story story)
    {
        var post = _formatter.Format(story);
        return feed.Channels.Select(channel => new QueuedPost(channel, story.Key, feed.Name, post, story.Published, post.IsBreaking ? 1 : 0));
    }
}
