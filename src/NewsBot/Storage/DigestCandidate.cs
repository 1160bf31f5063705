namespace NewsBot.Storage;

/// <summary>A queued post that may be combined into a digest (settable properties: Dapper converts each dialect's types).</summary>
internal sealed class DigestCandidate
{
    public long Id { get; init; }
    public required string Fields { get; init; }
    public int Priority { get; init; }
}
