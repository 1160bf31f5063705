using NewsBot.Core.Formatting;
using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The outbox publisher's edits: an edit row is claimed, paced and retried like a post (429s and transient failures
/// take the publisher's common path); this sends it with the editor and records what only edits can end in. A
/// message that is gone ends the edits of its post; one Telegram no longer edits gets the change as a reply instead
/// (credits alone are not worth a reply: they end there).
/// </summary>
public sealed partial class EditPublisher(IOutbox outbox, IPostEditor editor, NewsBotMetrics metrics, ILogger<EditPublisher> logger)
{
    public Task<SendResult> SendAsync(OutboxEdit edit, ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken) =>
        editor.EditAsync(target, edit.MessageId, post, cancellationToken);

    /// <summary>Records an edit Telegram took, or one that can never be made; false leaves the result to the common path.</summary>
    public async Task<bool> RecordAsync(OutboxEntry entry, OutboxEdit edit, SendResult result, OutgoingPost rendered, DateTimeOffset now)
    {
        switch (result)
        {
            case SendResult.Sent sent:
                await outbox.MarkSentAsync(entry.Id, sent.MessageId, now, entry.Draft is null ? null : rendered, CancellationToken.None);
                LogEdited(entry.Channel, sent.MessageId, edit.Reason);
                metrics.Edited(entry.Channel, edit.Reason);
                return true;
            case SendResult.Failed { Kind: FailureKind.EditsClosed } failed when edit.Reason != EditReasons.Credits:
                await outbox.ReplyInsteadAsync(entry.Id, now, CancellationToken.None);
                LogRepliedInstead(entry.Channel, failed.Reason, edit.Reason);
                return true;
            case SendResult.Failed { Kind: FailureKind.MessageGone or FailureKind.EditsClosed } failed:
                await outbox.EndEditsAsync(entry.Id, failed.Kind == FailureKind.MessageGone ? EditsEnd.Gone : EditsEnd.Closed, failed.Reason, CancellationToken.None);
                LogEditsEnded(entry.Channel, failed.Reason);
                return true;
            default:
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Edited message {MessageId} in {Channel} ({Reason})")]
    private partial void LogEdited(string channel, long messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A post in {Channel} can no longer be edited ({Error}); its edits end here")]
    private partial void LogEditsEnded(string channel, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A post in {Channel} can no longer be edited ({Error}); the {Reason} goes out as a reply to it, as do its later changes")]
    private partial void LogRepliedInstead(string channel, string error, string reason);
}
