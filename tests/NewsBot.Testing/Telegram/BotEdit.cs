namespace NewsBot.Testing.Telegram;

/// <summary>An edit the fake Bot API accepted: the message's new text or caption.</summary>
public sealed record BotEdit(long MessageId, long ChatId, string Method, string Html, string PlainText, DateTimeOffset At);
