using Telegram.Bot.Types;

namespace NewsBot.Delivery;

/// <summary>A ChatId setting as the Bot API takes it: a numeric id when it is one, else the @username.</summary>
internal static class TelegramChatIds
{
    public static ChatId Of(string chatId) => long.TryParse(chatId, out var id) ? new ChatId(id) : new ChatId(chatId);
}
