using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>Talks to one chat: Telegram for real, or the console in a dry run.</summary>
public interface IPostSender
{
    Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken);

    /// <summary>Pins a sent post; returns why not when Telegram refuses (for instance, no admin right to pin).</summary>
    Task<string?> PinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken);

    /// <summary>Unpins a post; returns why not when Telegram refuses.</summary>
    Task<string?> UnpinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken);
}
