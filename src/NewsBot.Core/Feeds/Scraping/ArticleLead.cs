using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Feeds.Decoding;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>
/// What a story's own page says of it in its head: the lead (og:description, else the meta description), as HTML
/// escaped from the tag's plain text, and the picture (og:image).
/// </summary>
public sealed record ArticleLead(string? LeadHtml, string? Image)
{
    private static readonly HtmlParser Parser = new();

    public static ArticleLead Read(ReadOnlySpan<byte> page, FeedParseOptions options)
    {
        var document = Parser.ParseDocument(FeedTextDecoder.Decode(page, options.HttpCharset).Text);
        var description = Meta(document, "meta[property='og:description']", "meta[name='description']", "meta[name='twitter:description']");
        var image = Meta(document, "meta[property='og:image']", "meta[property='og:image:url']", "meta[name='twitter:image']");
        return new ArticleLead(Text.HtmlText.Squash(description) is { } text ? Text.HtmlEscape.Escape(text) : null, image is null ? null : NonEmpty(new XmlBaseScope(options.BaseUri).Resolve(image)));
    }

    /// <summary>The content of the first of the meta tags that has one.</summary>
    private static string? Meta(IDocument document, params string[] selectors) =>
        selectors.Select(s => document.QuerySelector(s)?.GetAttribute("content")).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;
}
