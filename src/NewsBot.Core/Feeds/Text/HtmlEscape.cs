namespace NewsBot.Core.Feeds.Text;

/// <summary>Escapes plain text for use as HTML.</summary>
internal static class HtmlEscape
{
    public static string Escape(string text) =>
        text.AsSpan().IndexOfAny('&', '<', '>') < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal);
}
