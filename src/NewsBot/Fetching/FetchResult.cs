using NewsBot.Core.Feeds;

namespace NewsBot.Fetching;

/// <summary>What one fetch of a feed brought, and what the server asked of the next one.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <summary>How long the server says the answer stays fresh (Cache-Control max-age, Expires).</summary>
    public TimeSpan? FreshFor { get; init; }

    /// <summary>Where every redirect on the way was permanent (301/308): the feed's new address.</summary>
    public Uri? MovedTo { get; init; }

    /// <summary>304, an empty 200, or the same body as last time: nothing to parse.</summary>
    public sealed record NotModified : FetchResult;

    /// <summary>A new body, with the validators to send next time.</summary>
    public sealed record Fetched(byte[] Body, FeedValidators Validators, string? Charset, Uri? BaseUri) : FetchResult
    {
        /// <summary>The body as a feed, read with what the response said of it (its URL, its charset).</summary>
        /// <exception cref="FeedFormatException">The body is not a feed.</exception>
        public ParsedFeed Parse() => FeedParser.Parse(Body, ParseOptions);

        /// <summary>The WebSub hub the response's Link header names (rel="hub"), which wins over the feed's own.</summary>
        public string? Hub { get; init; }

        /// <summary>The topic the response's Link header names (rel="self").</summary>
        public string? Self { get; init; }

        /// <summary>What the response said of the body: its URL and charset.</summary>
        public FeedParseOptions ParseOptions => new() { BaseUri = BaseUri, HttpCharset = Charset };
    }

    /// <summary>The fetch failed; <paramref name="RetryAfter"/> is the server's wish (429/503 Retry-After).</summary>
    public sealed record Failed(string Reason, TimeSpan? RetryAfter = null) : FetchResult;
}
