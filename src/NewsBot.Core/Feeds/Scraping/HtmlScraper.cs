using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Feeds.Decoding;
using NewsBot.Core.Settings;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>Reads an HTML page with no feed by a Scrape section's CSS selectors (AngleSharp).</summary>
internal static class HtmlScraper
{
    private static readonly HtmlParser Parser = new();

    public static ParsedFeed Read(ReadOnlySpan<byte> data, ScrapeSettings scrape, FeedParseOptions options)
    {
        var document = Parser.ParseDocument(FeedTextDecoder.Decode(data, options.HttpCharset).Text);
        var items = new ScrapedItems("Scrape", PageBase(document, options.BaseUri));
        var rules = ScrapedItems.Rules(
            (SourceField.Title, scrape.Title), (SourceField.Link, scrape.Link), (SourceField.Summary, scrape.Summary),
            (SourceField.Published, scrape.Published), (SourceField.Image, scrape.Image));
        var selectors = rules.ToDictionary(r => r.Key, r => SelectorRule.Parse(r.Value));
        foreach (var element in document.QuerySelectorAll(scrape.Item))
        {
            items.Add(rules, field => selectors[field].Read(element, asHtml: field is SourceField.Title or SourceField.Summary));
        }
        return items.ToFeed("html", scrape.Item, Text.HtmlText.Squash(document.Title));
    }

    /// <summary>Where the page's relative links point from: its &lt;base href&gt;, else its own URL.</summary>
    private static Uri? PageBase(IDocument document, Uri? url)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return href is not null && url is not null && Uri.TryCreate(url, href, out var resolved) ? resolved : url;
    }

    /// <summary>Why a CSS selector cannot be used, or null when it can.</summary>
    public static string? SelectorProblem(string selector)
    {
        try
        {
            _ = Parser.ParseDocument("").QuerySelector(selector);
            return null;
        }
        catch (DomException e)
        {
            return $"'{selector}' is not a CSS selector ({e.Message})";
        }
    }
}
