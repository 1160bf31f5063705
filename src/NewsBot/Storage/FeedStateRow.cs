using NewsBot.Fetching;

namespace NewsBot.Storage;

/// <summary>
/// A feed_state row. Settable properties rather than a positional record: Dapper then converts each provider's
/// column types (SQLite's 0/1 integers, PostgreSQL's boolean) to these.
/// </summary>
internal sealed class FeedStateRow
{
    public required string Feed { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? BodyHash { get; init; }
    public bool BaselineDone { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    public long? LastPolledAt { get; init; }
    public long? LastSuccessAt { get; init; }
    public long? FailingSince { get; init; }
    public long? DisabledAt { get; init; }
    public long? PollNotBefore { get; init; }

    public FeedState ToState() => new()
    {
        Feed = Feed,
        Validators = new FeedValidators(ETag, LastModified, BodyHash),
        BaselineDone = BaselineDone,
        ConsecutiveFailures = ConsecutiveFailures,
        LastError = LastError,
        LastPolledAt = Time(LastPolledAt),
        LastSuccessAt = Time(LastSuccessAt),
        FailingSince = Time(FailingSince),
        DisabledAt = Time(DisabledAt),
        PollNotBefore = Time(PollNotBefore),
    };

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? UnixTime.From(value) : null;
}
