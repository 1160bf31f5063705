using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>Sends one post to one chat: Telegram for real, or the console in a dry run.</summary>
public interface IPostSender
{
    Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken);
}
