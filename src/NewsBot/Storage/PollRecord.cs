using NewsBot.Core.Stories;
using NewsBot.Fetching;

namespace NewsBot.Storage;

/// <summary>Everything one successful poll changes, written in one transaction.</summary>
public sealed record PollRecord(
    string Feed,
    FeedValidators Validators,
    IReadOnlyList<Story> NewlySeen,
    IReadOnlyList<QueuedPost> Posts,
    DateTimeOffset At);
