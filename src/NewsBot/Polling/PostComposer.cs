using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsBot.Core.Filtering;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>
/// Turns a story into one post per channel of its feed: the feed's and the channel's filters decide whether it goes
/// there, the feed's format (with the channel's template, if any) decides how it looks.
/// </summary>
public sealed class PostComposer(CurrentSettings settings)
{
    // Formatters compile templates and regexes: built once per (feed, channel) settings, dropped with them on reload.
    private readonly ConditionalWeakTable<FeedSettings, ConcurrentDictionary<string, ChannelPlan>> _plans = new();

    public IEnumerable<QueuedPost> Compose(FeedSettings feed, Story story)
    {
        foreach (var channel in feed.Channels)
        {
            var plan = PlanFor(feed, channel);
            if (plan.FeedFilter.Allows(story, out _) && plan.ChannelFilter.Allows(story, out _))
            {
                var post = plan.Formatter.Format(story);
                if (post.IsBreaking && feed.PinBreakingFor > TimeSpan.Zero)
                {
                    post = post with { PinFor = feed.PinBreakingFor };
                }
                yield return new QueuedPost(channel, story.Key, feed.Name, post, story.Published, post.IsBreaking ? 1 : 0);
            }
        }
    }

    private ChannelPlan PlanFor(FeedSettings feed, string channel) =>
        _plans.GetOrCreateValue(feed).GetOrAdd(channel, name =>
        {
            var channelSettings = settings.Value.Channels.GetValueOrDefault(name) ?? new ChannelSettings();
            var format = feed.Format with { Template = channelSettings.Template ?? feed.Format.Template };
            return new ChannelPlan(new PostFormatter(format), new StoryFilter(feed.Filter), new StoryFilter(channelSettings.Filter));
        });

    private sealed record ChannelPlan(PostFormatter Formatter, StoryFilter FeedFilter, StoryFilter ChannelFilter);
}
