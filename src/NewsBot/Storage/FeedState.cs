using NewsBot.Fetching;

namespace NewsBot.Storage;

/// <summary>What the bot remembers about a feed between polls.</summary>
public sealed record FeedState
{
    public required string Feed { get; init; }

    /// <summary>Validators for the next conditional GET, and a hash of the last body to skip unchanged content.</summary>
    public FeedValidators Validators { get; init; } = FeedValidators.None;

    /// <summary>True once the feed's first poll recorded its items as seen.</summary>
    public bool BaselineDone { get; init; }

    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastPolledAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When the current run of failures began; null while the feed works.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>When the feed was disabled for failing too long; null while it is enabled.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>Not to be polled before this (backoff, or the server asked); null: on its next turn.</summary>
    public DateTimeOffset? PollNotBefore { get; init; }
}
