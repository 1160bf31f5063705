using NewsBot.Core.Feeds;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>A fetched body read as a feed, and the validators to send with the feed's next fetch.</summary>
public sealed record FeedDocument(ParsedFeed Feed, FeedValidators Validators);
