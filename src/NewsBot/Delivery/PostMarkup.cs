using NewsBot.Core.Formatting;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Delivery;

/// <summary>What a post carries besides its text, the same when it is sent and when it is edited (an edit without them drops them).</summary>
public static class PostMarkup
{
    public static InlineKeyboardMarkup? ButtonFor(ChannelTarget target, OutgoingPost post) =>
        target.ReadMoreButton && post.Link is { } link ? new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl("Read more", link)) : null;

    public static LinkPreviewOptions PreviewOf(ChannelTarget target, OutgoingPost post) =>
        post.DisableLinkPreview || !target.LinkPreviews
            ? new LinkPreviewOptions { IsDisabled = true }
            : new LinkPreviewOptions { Url = post.PreviewUrl ?? post.Link, PreferLargeMedia = post.PreferLargePreview };
}
