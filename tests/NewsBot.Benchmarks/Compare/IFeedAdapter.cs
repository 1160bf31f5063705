using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Compare;

/// <summary>A feed parser seen through our model, so that every parser's output is normalized by the same code.</summary>
public interface IFeedAdapter
{
    /// <summary>The name written in the JSONL's <c>parser</c> field and the output file's name.</summary>
    string Name { get; }

    /// <summary>Parses a whole document; throws when the parser refuses it.</summary>
    ParsedFeed Parse(byte[] data);
}
