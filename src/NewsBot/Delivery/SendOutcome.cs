using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What Telegram answered <see cref="At"/> for a claimed post: kept until storage has recorded it.</summary>
internal sealed record SendOutcome(OutboxEntry Entry, ChannelTarget Target, SendResult Result, DateTimeOffset At);
