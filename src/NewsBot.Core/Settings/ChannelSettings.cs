namespace NewsBot.Core.Settings;

public sealed class ChannelSettings
{
    /// <summary>A numeric chat id (-100…) or a public @username.</summary>
    public string ChatId { get; set; } = "";

    /// <summary>Telegram allows a bot about 20 messages a minute in one channel or group.</summary>
    public int MessagesPerMinute { get; set; } = 20;
}
