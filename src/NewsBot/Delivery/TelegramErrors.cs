using Telegram.Bot.Exceptions;

namespace NewsBot.Delivery;

/// <summary>Which Bot API errors mean what (descriptions from shared/telegram/BOT-API.md §5).</summary>
public static class TelegramErrors
{
    public static bool IsHtmlRefused(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    public static bool IsPhotoRefused(ApiRequestException e) =>
        e.ErrorCode == 400 && (e.Message.Contains("HTTP URL", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("wrong file identifier", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("PHOTO_", StringComparison.Ordinal)
            || e.Message.Contains("wrong type of the web page content", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("caption is too long", StringComparison.OrdinalIgnoreCase));
}
