using NewsBot.Core.Stories;
using NewsBot.Fetching;

namespace NewsBot.Storage;

/// <summary>Everything one successful poll changes, written in one transaction.</summary>
public sealed record PollRecord(
    string Feed,
    FeedValidators Validators,
    IReadOnlyList<Story> NewlySeen,
    IReadOnlyList<QueuedPost> Posts,
    DateTimeOffset At)
{
    /// <summary>The posts of stories earlier polls recorded, as they read now: each revises its story's post when it changed.</summary>
    public IReadOnlyList<PostRevision> SeenAgain { get; init; } = [];
}
