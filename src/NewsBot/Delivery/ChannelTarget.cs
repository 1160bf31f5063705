namespace NewsBot.Delivery;

/// <summary>Where a channel's posts go: its configured name (for logs) and its Telegram chat id or @username.</summary>
public sealed record ChannelTarget(string Name, string ChatId);
