using System.Net;
using System.Text;

namespace NewsBot.Core.Formatting;

/// <summary>Helpers for Telegram's HTML subset (parse_mode HTML): escaping, plain text, length, safe truncation.</summary>
public static class TelegramHtml
{
    /// <summary>The tags Telegram accepts, by lower-case name.</summary>
    internal static readonly HashSet<string> SupportedTags =
    [
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote", "tg-spoiler",
    ];

    /// <summary>Escapes text for use in Telegram HTML, inside elements and in quoted attributes.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>What the message reads as once Telegram has parsed it; used for the plain-text fallback.</summary>
    public static string PlainText(string telegramHtml) =>
        string.Concat(Tokens(telegramHtml).Where(t => !t.IsTag).Select(t => t.Text)).Trim(' ', '\n');

    /// <summary>Length as Telegram limits it: UTF-16 units of the parsed text.</summary>
    public static int Length(string telegramHtml) => PlainText(telegramHtml).Length;

    /// <summary>
    /// Cuts the text to at most <paramref name="maxLength"/> parsed units including <paramref name="ellipsis"/>,
    /// never inside a tag, entity or surrogate pair, and closes the tags left open.
    /// </summary>
    public static string Truncate(string telegramHtml, int maxLength, string ellipsis = "…")
    {
        if (Length(telegramHtml) <= maxLength)
        {
            return telegramHtml;
        }
        var budget = Math.Max(0, maxLength - ellipsis.Length);
        var output = new StringBuilder();
        var open = new Stack<string>();
        foreach (var token in Tokens(telegramHtml))
        {
            if (!token.IsTag && token.Text.Length > budget)
            {
                break;
            }
            budget -= token.IsTag ? 0 : token.Text.Length;
            output.Append(token.Raw);
            TrackNesting(open, token);
        }
        output.Append(Escape(ellipsis));
        foreach (var tag in open)
        {
            output.Append("</").Append(tag).Append('>');
        }
        return output.ToString();
    }

    /// <summary>
    /// Null when Telegram accepts the HTML (tags in the subset, properly nested and closed, every '&lt;' part of a tag),
    /// else what is wrong; for checking admin-written templates.
    /// </summary>
    public static string? FindError(string telegramHtml)
    {
        var open = new Stack<string>();
        foreach (var token in Tokens(telegramHtml))
        {
            if (token.Raw == "<")
            {
                return "a '<' that does not start a tag (write &lt;)";
            }
            if (!token.IsTag)
            {
                continue;
            }
            if (!SupportedTags.Contains(token.TagName!))
            {
                return $"unsupported tag <{token.TagName}> (Telegram allows {string.Join(", ", SupportedTags)})";
            }
            if (token.IsEndTag && (open.Count == 0 || open.Peek() != token.TagName))
            {
                return open.Count == 0 ? $"</{token.TagName}> closes nothing" : $"</{token.TagName}> found where </{open.Peek()}> was expected";
            }
            TrackNesting(open, token);
        }
        return open.Count > 0 ? $"<{open.Peek()}> is never closed" : null;
    }

    private static void TrackNesting(Stack<string> open, TelegramHtmlToken token)
    {
        if (token.IsEndTag)
        {
            open.Pop();
        }
        else if (token.IsTag)
        {
            open.Push(token.TagName!);
        }
    }

    internal static IEnumerable<TelegramHtmlToken> Tokens(string html)
    {
        for (var i = 0; i < html.Length;)
        {
            var token = html[i] switch
            {
                '<' => ReadTag(html, i),
                '&' => ReadEntity(html, i),
                _ => ReadCharacter(html, i),
            };
            i += token.Raw.Length;
            yield return token;
        }
    }

    /// <summary>A tag runs to the next '&gt;' outside quotes; a '&lt;' that starts none is returned alone.</summary>
    private static TelegramHtmlToken ReadTag(string html, int start)
    {
        var end = start + 1;
        char? quote = null;
        while (end < html.Length && (quote is not null || html[end] != '>'))
        {
            quote = html[end] is '"' or '\'' && quote is null ? html[end] : html[end] == quote ? null : quote;
            end++;
        }
        var isEnd = start + 1 < html.Length && html[start + 1] == '/';
        var nameStart = start + (isEnd ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }
        if (end >= html.Length || nameEnd == nameStart)
        {
            return new TelegramHtmlToken("<", "<", null, false);
        }
        var name = html[nameStart..nameEnd].ToLowerInvariant();
        return new TelegramHtmlToken(html[start..(end + 1)], "", name, isEnd);
    }

    private static TelegramHtmlToken ReadEntity(string html, int start)
    {
        var end = html.IndexOf(';', start);
        if (end > start && end - start <= 10)
        {
            var raw = html[start..(end + 1)];
            var decoded = WebUtility.HtmlDecode(raw);
            // Telegram decodes only these names and numeric references; it shows &nbsp; and the like literally.
            if (decoded != raw && (raw[1] == '#' || raw is "&amp;" or "&lt;" or "&gt;" or "&quot;"))
            {
                return new TelegramHtmlToken(raw, decoded, null, false);
            }
        }
        return new TelegramHtmlToken("&", "&", null, false);
    }

    private static TelegramHtmlToken ReadCharacter(string html, int start)
    {
        var length = char.IsHighSurrogate(html[start]) && start + 1 < html.Length && char.IsLowSurrogate(html[start + 1]) ? 2 : 1;
        var raw = html.Substring(start, length);
        return new TelegramHtmlToken(raw, raw, null, false);
    }
}
