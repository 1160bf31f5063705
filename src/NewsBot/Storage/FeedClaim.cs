namespace NewsBot.Storage;

/// <summary>A feed an instance claimed to poll, and when its turn was due.</summary>
public sealed record FeedClaim(string Feed, DateTimeOffset Due);
