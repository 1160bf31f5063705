using NewsBot.Fetching;

namespace NewsBot.WebSub;

/// <summary>One delivery: the feed it is for and the body, read as a fetched one would be.</summary>
public sealed record PushDelivery(string Feed, FetchResult.Fetched Body);
