using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>Edits a sent post in place: its text, or its caption when it is a photo (the photo stays).</summary>
public interface IPostEditor
{
    /// <summary>
    /// Sent when Telegram took the edit or found nothing to change; failed as <see cref="FailureKind.MessageGone"/>
    /// when the message is gone or <paramref name="messageId"/> is null (never sent), as <see cref="FailureKind.EditsClosed"/> when
    /// Telegram no longer edits it.
    /// </summary>
    Task<SendResult> EditAsync(ChannelTarget target, long? messageId, OutgoingPost post, CancellationToken cancellationToken);
}
