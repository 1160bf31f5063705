using NewsBot.Core.Feeds;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>A fetched body read as a feed, and the validators to send with the feed's next fetch.</summary>
public sealed record FeedDocument(ParsedFeed Feed, FeedValidators Validators)
{
    /// <summary>The WebSub hub advertised: in the response's Link header, else in the feed.</summary>
    public string? Hub { get; init; }

    /// <summary>The topic advertised (rel="self"), likewise.</summary>
    public string? Self { get; init; }
}
