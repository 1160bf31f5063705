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
    IReadOnlyDictionary<string, string> Arguments);
