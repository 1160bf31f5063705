using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;

namespace NewsBot.Polling;

/// <summary>A feed read now: its document and stories (oldest first), or why it could not be read.</summary>
public sealed record FeedReading(ParsedFeed? Feed, IReadOnlyList<Story> Stories, string? Error);
