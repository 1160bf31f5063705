using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>Edits a sent post in place: its text, or its caption when it is a photo (the photo stays).</summary>
public interface IPostEditor
{
    /// <summary>
    /// Sent when Telegram took the edit or found nothing to change; failed as <see cref="FailureKind.Uneditable"/>
    /// when the message is gone or can no longer be edited, and when <paramref name="messageId"/> is null (never sent).
    /// </summary>
    Task<SendResult> EditAsync(ChannelTarget target, long? messageId, OutgoingPost post, CancellationToken cancellationToken);
}
