namespace NewsBot.Storage;

/// <summary>
/// One poll as the feed's detail page shows it: its result (fetched, unchanged, failed), the error of a failed one, the
/// bytes fetched, how long it took and how many stories were new. Settable properties so that Dapper maps each provider's types.
/// </summary>
public sealed class PollHistoryEntry
{
    public required string Feed { get; init; }
    public long PolledAt { get; init; }
    public required string Result { get; init; }
    public string? Error { get; init; }
    public long Bytes { get; init; }
    public long DurationMs { get; init; }
    public int NewStories { get; init; }
}
