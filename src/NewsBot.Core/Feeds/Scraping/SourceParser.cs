using NewsBot.Core.Settings;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>Reads what a feed's Url serves as its settings say: a page by its Scrape rules, a JSON document by its Json paths, else a feed.</summary>
public static class SourceParser
{
    /// <exception cref="FeedFormatException">The bytes are not what the feed's settings expect.</exception>
    public static ParsedFeed Parse(ReadOnlySpan<byte> data, FeedSettings feed, FeedParseOptions options) =>
        feed switch
        {
            { Scrape: { } scrape } => HtmlScraper.Read(data, scrape, options),
            { Json: { } json } => JsonScraper.Read(data, json, options),
            _ => FeedParser.Parse(data, options),
        };
}
