namespace NewsBot.Testing.Telegram;

/// <summary>A start tag waiting for its end tag while <see cref="TelegramHtmlParser"/> runs.</summary>
internal sealed record OpenTag(string Name, string Argument, int UnixTime, int Utf16Offset, int ResultStart);
