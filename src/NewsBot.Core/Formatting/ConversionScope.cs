namespace NewsBot.Core.Formatting;

/// <summary>Where <see cref="HtmlToTelegram"/> is in the tree, so it can avoid nestings Telegram drops.</summary>
internal sealed record ConversionScope(bool Preformatted = false, bool InCode = false, bool InLink = false, bool InQuote = false);
