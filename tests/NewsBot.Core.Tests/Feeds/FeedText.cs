using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

/// <summary>Parses feed fixtures written inline.</summary>
internal static class FeedText
{
    public static ParsedFeed Parse(string xml, FeedParseOptions? options = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), options);

    public static FeedItem SingleItem(string xml) => Assert.Single(Parse(xml).Items);

    public static string Rss(string itemBody) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
        <channel><title>Channel</title><link>https://example.com/</link>
        <item>{itemBody}</item>
        </channel></rss>
        """;

    public static string Atom(string entryBody, string feedAttributes = "") =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" {feedAttributes}><title>Feed</title>
        <entry>{entryBody}</entry>
        </feed>
        """;
}
