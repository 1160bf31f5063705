namespace NewsBot.Dashboard;

/// <summary>One channel's line on the status page: its queue, its sends, its budget use and whether it is paused.</summary>
public sealed record ChannelRow(string Name, int Queued, long SentLastHour, long SentLastMinute, int MessagesPerMinute, string? PausedBecause);
