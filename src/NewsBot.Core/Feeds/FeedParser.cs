using NewsBot.Core.Feeds.Json;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds;

/// <summary>Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed documents into a <see cref="ParsedFeed"/>.</summary>
public static class FeedParser
{
    private static readonly FeedParseOptions DefaultOptions = new();

    /// <summary>
    /// Parses a feed document. Ill-formed feeds never throw: the items read before the fault are returned
    /// with <see cref="ParsedFeed.Problem"/> set.
    /// </summary>
    /// <exception cref="FeedFormatException">The bytes are not a feed at all.</exception>
    public static ParsedFeed Parse(ReadOnlySpan<byte> data, FeedParseOptions? options = null)
    {
        options ??= DefaultOptions;
        return DocumentSniffer.Detect(data) switch
        {
            DocumentKind.Json => JsonFeedReader.Read(data, options),
            DocumentKind.Markup => XmlFeedReader.Read(data, options),
            _ => throw new FeedFormatException("empty document"),
        };
    }
}
