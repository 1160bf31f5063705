using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Turns publisher HTML (feed descriptions, content:encoded) into Telegram's HTML subset: keeps emphasis, links,
/// code and quotes, turns blocks into line breaks and list items into bullets, drops everything else.
/// Images are dropped too: the post's picture is chosen separately.
/// </summary>
public static class HtmlToTelegram
{
    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = "b",
        ["strong"] = "b",
        ["i"] = "i",
        ["em"] = "i",
        ["cite"] = "i",
        ["u"] = "u",
        ["ins"] = "u",
        ["s"] = "s",
        ["strike"] = "s",
        ["del"] = "s",
        ["code"] = "code",
        ["kbd"] = "code",
        ["samp"] = "code",
    };

    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "noscript", "form", "input", "button", "select", "textarea", "img", "picture",
        "video", "audio", "source", "svg", "object", "embed", "canvas", "template", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "figure", "figcaption",
        "ul", "ol", "dl", "dt", "dd", "table", "tr", "hr", "address", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static string Convert(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var document = Parser.ParseDocument(html);
        var writer = new TelegramHtmlWriter();
        WriteChildren(document.Body ?? (INode)document, writer, new ConversionScope());
        return writer.ToString();
    }

    private static void WriteChildren(INode parent, TelegramHtmlWriter writer, ConversionScope scope)
    {
        foreach (var child in parent.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(text.Data, scope.Preformatted);
                    break;
                case IElement element when !DroppedTags.Contains(element.LocalName):
                    WriteElement(element, writer, scope);
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, TelegramHtmlWriter writer, ConversionScope scope)
    {
        var name = element.LocalName.ToLowerInvariant();
        switch (name)
        {
            case "br":
                writer.Break(blankLine: false);
                return;
            case "li":
                writer.Break(blankLine: false);
                writer.Text("• ");
                WriteChildren(element, writer, scope);
                writer.Break(blankLine: false);
                return;
            case "a":
                WriteLink(element, writer, scope);
                return;
            case "pre":
                WriteWrapped(element, writer, scope with { Preformatted = true, InCode = true }, scope.InCode ? null : "pre", block: true);
                return;
            case "blockquote":
                WriteWrapped(element, writer, scope with { InQuote = true }, scope.InQuote || scope.InCode ? null : "blockquote", block: true);
                return;
        }
        if (name is ['h', >= '1' and <= '6'])
        {
            WriteWrapped(element, writer, scope, scope.InCode ? null : "b", block: true);
        }
        else if (InlineTags.TryGetValue(name, out var tag))
        {
            WriteWrapped(element, writer, scope with { InCode = scope.InCode || tag == "code" }, scope.InCode ? null : tag, block: false);
        }
        else
        {
            WriteWrapped(element, writer, scope, null, BlockTags.Contains(name));
        }
    }

    /// <summary>Only absolute http(s) links survive; links cannot nest and have no place inside code.</summary>
    private static void WriteLink(IElement element, TelegramHtmlWriter writer, ConversionScope scope)
    {
        var href = element.GetAttribute("href")?.Trim();
        var usable = !scope.InLink && !scope.InCode && IsWebUrl(href);
        if (usable)
        {
            writer.Open("a", href);
        }
        WriteChildren(element, writer, scope with { InLink = scope.InLink || usable });
        if (usable)
        {
            writer.Close("a");
        }
    }

    private static void WriteWrapped(IElement element, TelegramHtmlWriter writer, ConversionScope scope, string? tag, bool block)
    {
        if (block)
        {
            writer.Break(blankLine: true);
        }
        if (tag is not null)
        {
            writer.Open(tag);
        }
        WriteChildren(element, writer, scope);
        if (tag is not null)
        {
            writer.Close(tag);
        }
        if (block)
        {
            writer.Break(blankLine: true);
        }
    }

    internal static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
