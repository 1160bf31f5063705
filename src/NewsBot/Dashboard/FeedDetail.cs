using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>What a feed's detail page shows: its row, its recent polls and the verdict on each recent story.</summary>
public sealed record FeedDetail(DateTimeOffset Now, FeedRow Feed, IReadOnlyList<PollHistoryEntry> Polls, IReadOnlyList<StoryVerdictRow> Stories);
