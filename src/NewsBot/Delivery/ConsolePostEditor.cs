using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>The dry run's edits: printed, like its posts.</summary>
public sealed class ConsolePostEditor(TextWriter output) : IPostEditor
{
    public Task<SendResult> EditAsync(ChannelTarget target, long? messageId, OutgoingPost post, CancellationToken cancellationToken)
    {
        if (messageId is not { } id)
        {
            return Task.FromResult<SendResult>(new SendResult.Failed("the post was never sent", FailureKind.MessageGone));
        }
        lock (output)
        {
            output.WriteLine($"(edited message {id} in {target.Name})");
            output.WriteLine(PostPrinter.Render(target.Name, post));
        }
        return Task.FromResult<SendResult>(new SendResult.Sent(id));
    }
}
