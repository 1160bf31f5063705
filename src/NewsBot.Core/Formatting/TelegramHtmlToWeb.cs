using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Formatting;

/// <summary>
/// A post's Telegram HTML as web page HTML that looks the way Telegram shows it and can do nothing else: only the
/// tags Telegram knows, only http(s) and mailto links, text escaped, every tag closed inside the post.
/// </summary>
public static partial class TelegramHtmlToWeb
{
    public static string Convert(string telegramHtml)
    {
        var output = new StringBuilder();
        var open = new Stack<string>();
        foreach (var token in TelegramHtml.Tokens(telegramHtml))
        {
            if (!token.IsTag)
            {
                output.Append(TelegramHtml.Escape(token.Text).Replace("\n", "<br>", StringComparison.Ordinal));
            }
            else if (TelegramHtml.SupportedTags.Contains(token.TagName!))
            {
                Tag(token, open, output);
            }
        }
        while (open.Count > 0)
        {
            output.Append(EndTag(open.Pop()));
        }
        return output.ToString();
    }

    private static void Tag(TelegramHtmlToken token, Stack<string> open, StringBuilder output)
    {
        var name = token.TagName!;
        if (!token.IsEndTag)
        {
            open.Push(name);
            output.Append(StartTag(name, token.Raw));
            return;
        }
        if (!open.Contains(name))
        {
            return;
        }
        // Close what a misnested end tag leaves open, as Telegram would refuse it anyway.
        string closed;
        do
        {
            closed = open.Pop();
            output.Append(EndTag(closed));
        }
        while (closed != name);
    }

    private static string StartTag(string name, string raw) => name switch
    {
        "a" => Href().Match(raw) is { Success: true } href && IsSafeLink(href.Groups[2].Value)
            ? $"<a href=\"{TelegramHtml.Escape(System.Net.WebUtility.HtmlDecode(href.Groups[2].Value))}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
            : "<a>",
        "tg-spoiler" => "<span class=\"spoiler\">",
        _ => $"<{name}>",
    };

    private static string EndTag(string name) => name == "tg-spoiler" ? "</span>" : $"</{name}>";

    private static bool IsSafeLink(string href)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(href).Trim();
        return decoded.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || decoded.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || decoded.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("""\bhref\s*=\s*(["'])(.*?)\1""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Href();
}
