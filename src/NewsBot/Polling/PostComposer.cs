using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsBot.Core.Formatting;
using NewsBot.Core.Grouping;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>
/// Turns a story into its post for one channel (which channels get it is <see cref="PostingRule"/>'s to say): the
/// feed's format, with the channel's template if it has one, decides how it looks; a channel that groups stories
/// gets the post with what grouping needs.
/// </summary>
public sealed class PostComposer(CurrentSettings settings)
{
    // Formatters compile templates and regexes: built once per (feed, channel) settings, dropped with them on reload.
    private readonly ConditionalWeakTable<FeedSettings, ConcurrentDictionary<string, PostFormatter>> _formatters = new();

    /// <summary>The posts of a judged story, one per channel the rule posts it to.</summary>
    public IEnumerable<QueuedPost> Compose(FeedSettings feed, StoryVerdict verdict) =>
        verdict.PostsTo.Select(channel => Compose(feed, verdict.Story, channel));

    public QueuedPost Compose(FeedSettings feed, Story story, string channel)
    {
        var post = FormatterFor(feed, channel).Format(story);
        if (post.IsBreaking && feed.PinBreakingFor > TimeSpan.Zero)
        {
            post = post with { PinFor = feed.PinBreakingFor };
        }
        return new QueuedPost(channel, story.Key, feed.Name, post, story.Published, post.IsBreaking ? 1 : 0) { Grouping = GroupingFor(story, channel) };
    }

    private PostGrouping? GroupingFor(Story story, string channel) =>
        settings.Value.Channels.GetValueOrDefault(channel) is { Grouping: true } channelSettings
            ? new PostGrouping(GroupingItem.Of(story), story.SourceTitle ?? story.FeedName, GroupingOptions.For(channelSettings))
            : null;

    private PostFormatter FormatterFor(FeedSettings feed, string channel) =>
        _formatters.GetOrCreateValue(feed).GetOrAdd(channel, name =>
        {
            var template = settings.Value.Channels.GetValueOrDefault(name)?.Template;
            return new PostFormatter(feed.Format with { Template = template ?? feed.Format.Template });
        });
}
