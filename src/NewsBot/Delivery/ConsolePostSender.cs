using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>The dry run: with no bot token, posts are printed to standard output instead of sent.</summary>
public sealed class ConsolePostSender(TextWriter output) : IPostSender
{
    private long _nextMessageId;

    public Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        lock (output)
        {
            output.WriteLine(PostPrinter.Render(target.Name, post));
        }
        return Task.FromResult<SendResult>(new SendResult.Sent(Interlocked.Increment(ref _nextMessageId)));
    }
}
