namespace NewsBot.Core.Settings;

public sealed class TelegramSettings
{
    /// <summary>The bot token; empty means a dry run that prints posts to the console.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Any Bot API server: Telegram's, a self-hosted telegram-bot-api, or a test fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Where notices go (a channel paused, a feed disabled); empty: nowhere.</summary>
    public string AdminChatId { get; set; } = "";

    /// <summary>Telegram user ids allowed to use admin commands.</summary>
    public List<long> AdminUserIds { get; set; } = [];

    public bool IsDryRun => string.IsNullOrWhiteSpace(BotToken);
}
