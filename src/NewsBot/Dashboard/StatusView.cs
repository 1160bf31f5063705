using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>Everything the status page shows, read at one moment.</summary>
public sealed record StatusView(
    DateTimeOffset Now,
    IReadOnlyList<FeedRow> Feeds,
    IReadOnlyList<ChannelRow> Channels,
    IReadOnlyList<SentPost> LastPosts,
    IReadOnlyList<SentPost> SentLastDay);
