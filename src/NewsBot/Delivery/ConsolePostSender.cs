using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>The dry run: with no bot token, posts are printed to standard output instead of sent.</summary>
public sealed class ConsolePostSender(TextWriter output) : IPostSender
{
    private long _nextMessageId;

    public Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        Print(PostPrinter.Render(target.Name, post));
        return Task.FromResult<SendResult>(new SendResult.Sent(Interlocked.Increment(ref _nextMessageId)));
    }

    public Task<string?> PinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken)
    {
        Print($"(pinned message {messageId} in {target.Name})");
        return Task.FromResult<string?>(null);
    }

    public Task<string?> UnpinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken)
    {
        Print($"(unpinned message {messageId} in {target.Name})");
        return Task.FromResult<string?>(null);
    }

    private void Print(string text)
    {
        lock (output)
        {
            output.WriteLine(text);
        }
    }
}
