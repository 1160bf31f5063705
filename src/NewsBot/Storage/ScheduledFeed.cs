namespace NewsBot.Storage;

/// <summary>A feed as the clustered schedule keeps it: its shard, its configured schedule, and when a new one is first due.</summary>
public sealed record ScheduledFeed(string Feed, int Shard, string Schedule, DateTimeOffset FirstDue);
