using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The outbox publisher's edits: an edit row is claimed, paced and retried like a post (429s and transient failures
/// take the publisher's common path); this sends it with the editor and records what only edits can end in.
/// </summary>
public sealed partial class EditPublisher(IOutbox outbox, IPostEditor editor, NewsBotMetrics metrics, ILogger<EditPublisher> logger)
{
    /// <summary>Why posts are edited, as newsbot_posts_edited_total's reason label.</summary>
    public const string CreditsReason = "credits";

    public Task<SendResult> SendAsync(OutboxEntry entry, OutboxEdit edit, ChannelTarget target, CancellationToken cancellationToken) =>
        editor.EditAsync(target, edit.MessageId, entry.Post, cancellationToken);

    /// <summary>Records an edit Telegram took, or one that can never be made; false leaves the result to the common path.</summary>
    public async Task<bool> RecordAsync(OutboxEntry entry, SendResult result, DateTimeOffset now)
    {
        switch (result)
        {
            case SendResult.Sent sent:
                await outbox.MarkSentAsync(entry.Id, sent.MessageId, now, CancellationToken.None);
                LogEdited(entry.Channel, sent.MessageId);
                metrics.Edited(entry.Channel, CreditsReason);
                return true;
            case SendResult.Failed { Kind: FailureKind.Uneditable } failed:
                await outbox.MarkFailedAsync(entry.Id, failed.Reason, CancellationToken.None);
                LogEditsEnded(entry.Channel, failed.Reason);
                return true;
            default:
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Edited message {MessageId} in {Channel}: credits for later reports of its story")]
    private partial void LogEdited(string channel, long messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A post in {Channel} can no longer be edited ({Reason}); its credits are not updated")]
    private partial void LogEditsEnded(string channel, string reason);
}
