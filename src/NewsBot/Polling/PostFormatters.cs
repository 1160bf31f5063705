using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.Polling;

/// <summary>
/// The layout of a feed's posts in a channel: the feed's format, with the channel's template if it has one. Built
/// once per (feed, channel) settings, since formatters compile templates and regexes, and dropped with them on reload.
/// </summary>
public sealed class PostFormatters(CurrentSettings settings)
{
    private readonly ConditionalWeakTable<FeedDefaults, ConcurrentDictionary<string, PostFormatter>> _formatters = new();

    public PostFormatter For(FeedDefaults feed, string channel) =>
        _formatters.GetOrCreateValue(feed).GetOrAdd(channel, name =>
        {
            var template = settings.Value.Channels.GetValueOrDefault(name)?.Template;
            return new PostFormatter(feed.Format with { Template = template ?? feed.Format.Template });
        });
}
