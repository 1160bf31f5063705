namespace NewsBot.Core.Feeds;

/// <summary>What the caller knows about the bytes besides the bytes themselves.</summary>
public sealed record FeedParseOptions
{
    /// <summary>Where the feed was fetched from; relative links resolve against it (after xml:base).</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>The charset of the HTTP Content-Type header, if any.</summary>
    public string? HttpCharset { get; init; }
}
