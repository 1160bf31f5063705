using AngleSharp.Dom;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>
/// A Scrape field rule: <c>selector@attribute</c> reads the attribute of the first match, <c>selector</c> its
/// content, <c>@attribute</c> the item element's own attribute.
/// </summary>
internal sealed record SelectorRule(string Selector, string? Attribute)
{
    public static SelectorRule Parse(string rule)
    {
        var at = rule.LastIndexOf('@');
        // An @ inside an attribute selector ([href*="@"]) is part of the CSS, not the attribute to read.
        return at >= 0 && IsAttributeName(rule.AsSpan(at + 1))
            ? new SelectorRule(rule[..at].Trim(), rule[(at + 1)..])
            : new SelectorRule(rule.Trim(), null);
    }

    /// <summary>The attribute's value, or the element's HTML (<paramref name="asHtml"/>) or text; null when nothing matches.</summary>
    public string? Read(IElement item, bool asHtml)
    {
        var element = Selector.Length == 0 ? item : item.QuerySelector(Selector);
        if (element is null)
        {
            return null;
        }
        if (Attribute is not null)
        {
            var value = element.GetAttribute(Attribute);
            return value is not null && asHtml ? Text.HtmlEscape.Escape(value) : value;
        }
        return asHtml ? element.InnerHtml : element.TextContent;
    }

    private static bool IsAttributeName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or ':'))
            {
                return false;
            }
        }
        return true;
    }
}
