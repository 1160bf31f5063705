using Telegram.Bot.Exceptions;

namespace NewsBot.Delivery;

/// <summary>Which Bot API errors mean what (descriptions from shared/telegram/BOT-API.md §5).</summary>
public static class TelegramErrors
{
    public static bool IsHtmlRefused(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    public static bool IsTooLong(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("is too long", StringComparison.OrdinalIgnoreCase);

    public static bool IsPhotoRefused(ApiRequestException e) =>
        e.ErrorCode == 400 && (e.Message.Contains("HTTP URL", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("wrong file identifier", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("PHOTO_", StringComparison.Ordinal)
            || e.Message.Contains("wrong type of the web page content", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("caption is too long", StringComparison.OrdinalIgnoreCase));

    /// <summary>An edit that changes nothing: what the post should say, it already says.</summary>
    public static bool IsNotModified(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message to edit was deleted (or never existed).</summary>
    public static bool IsMessageGone(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message exists but Telegram no longer edits it (too old, or another reason).</summary>
    public static bool IsEditClosed(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase);

    /// <summary>A text edit of a photo or a caption edit of a text: the post went out in the other form (a refused photo goes as text).</summary>
    public static bool IsOtherForm(ApiRequestException e) =>
        e.ErrorCode == 400 && (e.Message.Contains("there is no caption in the message to edit", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("there is no text in the message to edit", StringComparison.OrdinalIgnoreCase));

    public static FailureKind Classify(ApiRequestException e) => e.ErrorCode switch
    {
        >= 500 => FailureKind.Transient,
        403 => FailureKind.ChannelUnavailable,
        401 => FailureKind.ChannelUnavailable, // a revoked token: nothing can be sent until an operator fixes it
        400 when e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
              || e.Message.Contains("administrator rights", StringComparison.OrdinalIgnoreCase)
              || e.Message.Contains("not enough rights", StringComparison.OrdinalIgnoreCase) => FailureKind.ChannelUnavailable,
        _ => FailureKind.Rejected,
    };
}
