using NewsBot.Core.Formatting;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>What Telegram answered <see cref="At"/> for a claimed post, sent as <see cref="Post"/>: kept until storage has recorded it.</summary>
internal sealed record SendOutcome(OutboxEntry Entry, ChannelTarget Target, OutgoingPost Post, SendResult Result, DateTimeOffset At);
