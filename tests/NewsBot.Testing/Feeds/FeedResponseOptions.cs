namespace NewsBot.Testing.Feeds;

/// <summary>How the feed server answers beyond status and body.</summary>
public sealed record FeedResponseOptions
{
    /// <summary>Extra response headers (Cache-Control, Expires, Retry-After, Last-Modified …).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>gzip, deflate or br: the body is sent compressed with that Content-Encoding.</summary>
    public string? Encoding { get; init; }

    /// <summary>Wait this long before answering.</summary>
    public TimeSpan? Delay { get; init; }

    public string? Location { get; init; }
}
