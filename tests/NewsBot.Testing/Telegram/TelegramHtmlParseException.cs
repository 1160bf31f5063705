namespace NewsBot.Testing.Telegram;

/// <summary>TDLib refused the HTML; the message is TDLib's own text, before the Bot API adds its prefix.</summary>
public sealed class TelegramHtmlParseException(string message) : FormatException(message);
