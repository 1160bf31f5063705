namespace NewsBot.Dashboard;

/// <summary>One feed's line on the status page.</summary>
public sealed record FeedRow(
    string Name,
    FeedCondition Condition,
    DateTimeOffset? LastPoll,
    DateTimeOffset? NextPoll,
    string? LastError,
    long StoriesLastDay);
