namespace NewsBot.Storage;

/// <summary>A claimed feed handed back after its poll, with when it is next due.</summary>
public sealed record FeedTurn(string Feed, DateTimeOffset Next);
