using NewsBot.Core.Grouping;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>
/// Turns a story into its post for one channel (which channels get it is <see cref="PostingRule"/>'s to say): the
/// feed's format, with the channel's template if it has one, decides how it looks; a channel that groups stories
/// gets the post with what grouping needs. A story seen before becomes a revision of its post, to compare.
/// </summary>
public sealed class PostComposer(CurrentSettings settings, PostFormatters formatters)
{
    /// <summary>The posts of a judged story, one per channel the rule posts it to.</summary>
    public IEnumerable<QueuedPost> Compose(FeedSettings feed, StoryVerdict verdict) =>
        verdict.PostsTo.Select(channel => Compose(feed, verdict.Story, channel));

    public QueuedPost Compose(FeedSettings feed, Story story, string channel)
    {
        var formatter = formatters.For(feed, channel);
        var draft = formatter.Draft(story);
        var post = formatter.Render(draft);
        if (post.IsBreaking && feed.PinBreakingFor > TimeSpan.Zero)
        {
            post = post with { PinFor = feed.PinBreakingFor };
        }
        return new QueuedPost(channel, story.Key, feed.Name, post, story.Published, post.IsBreaking ? 1 : 0)
        {
            Draft = draft,
            Grouping = GroupingFor(story, channel),
            Updating = UpdatingFor(channel),
        };
    }

    /// <summary>
    /// A story an earlier poll recorded, as it reads now, for each of the feed's channels whose posts it could still
    /// revise (published within the channel's window).
    /// </summary>
    public IEnumerable<PostRevision> Revise(FeedSettings feed, Story story, DateTimeOffset now) =>
        feed.Channels.Select(channel => (Channel: channel, Updating: UpdatingFor(channel)))
            .Where(c => now - story.Published <= c.Updating.Window)
            .Select(c => new PostRevision(c.Channel, story.Key, formatters.For(feed, c.Channel).Draft(story), story.Published, c.Updating));

    private PostUpdating UpdatingFor(string channel) =>
        settings.Value.Channels.GetValueOrDefault(channel) is { } channelSettings
            ? new PostUpdating(channelSettings.Updates, channelSettings.GroupingWindow)
            : new PostUpdating(StoryUpdates.Edit, new ChannelSettings().GroupingWindow);

    private PostGrouping? GroupingFor(Story story, string channel) =>
        settings.Value.Channels.GetValueOrDefault(channel) is { Grouping: true } channelSettings
            ? new PostGrouping(GroupingItem.Of(story), story.SourceTitle ?? story.FeedName, GroupingOptions.For(channelSettings))
            : null;
}
