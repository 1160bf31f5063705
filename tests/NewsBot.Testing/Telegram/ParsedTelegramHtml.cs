namespace NewsBot.Testing.Telegram;

/// <summary>The text TDLib keeps after parse_html, and where its first formatting entity starts (UTF-16 units).</summary>
internal sealed record ParsedTelegramHtml(string Text, int? FirstEntityOffset);
