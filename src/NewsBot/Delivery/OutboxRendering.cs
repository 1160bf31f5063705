using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The post an outbox entry sends: rendered now from its fields, with the layout of its feed in its channel (the
/// Defaults' when the feed has left the settings), or as kept for a row without fields (queued before the outbox
/// kept them, or a digest). A breaking post is pinned as its feed asks; a reply answers its first post.
/// </summary>
public sealed class OutboxRendering(PostFormatters formatters, CurrentSettings settings)
{
    public OutgoingPost Render(OutboxEntry entry)
    {
        var post = entry.Draft is { } draft ? Rendered(entry, draft) : entry.Post;
        return entry.ReplyTo is { } replyTo ? post with { ReplyTo = replyTo } : post;
    }

    private OutgoingPost Rendered(OutboxEntry entry, PostDraft draft)
    {
        FeedDefaults feed = settings.Feed(entry.Feed) ?? settings.Value.Defaults;
        var post = formatters.For(feed, entry.Channel).Render(draft);
        return post.IsBreaking && feed.PinBreakingFor > TimeSpan.Zero && entry.Edit is null ? post with { PinFor = feed.PinBreakingFor } : post;
    }
}
