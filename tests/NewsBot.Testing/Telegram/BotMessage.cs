using System.Globalization;
using System.Text.Json;

namespace NewsBot.Testing.Telegram;

/// <summary>A message the fake Bot API accepted.</summary>
public sealed record BotMessage(
    long MessageId,
    long ChatId,
    string Method,
    string Html,
    string PlainText,
    string? Photo,
    bool DisableNotification,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>The message this one replies to (reply_parameters.message_id), if any.</summary>
    public long? ReplyTo =>
        Arguments.TryGetValue("reply_parameters", out var json) && JsonDocument.Parse(json).RootElement.TryGetProperty("message_id", out var id)
            ? long.Parse(id.GetRawText(), CultureInfo.InvariantCulture)
            : null;
}
