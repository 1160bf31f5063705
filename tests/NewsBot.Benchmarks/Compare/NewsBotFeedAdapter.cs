using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Compare;

/// <summary>Our own reader (System.Xml's XmlReader underneath), as the parse verb calls it.</summary>
public sealed class NewsBotFeedAdapter : IFeedAdapter
{
    public string Name => "newsbot";

    public ParsedFeed Parse(byte[] data) => FeedParser.Parse(data);
}
