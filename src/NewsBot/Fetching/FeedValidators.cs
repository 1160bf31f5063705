namespace NewsBot.Fetching;

/// <summary>ETag and Last-Modified from the last response, and the SHA-256 of its body.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified, string? BodyHash)
{
    public static FeedValidators None { get; } = new(null, null, null);
}
