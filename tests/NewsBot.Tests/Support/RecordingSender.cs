using NewsBot.Core.Formatting;
using NewsBot.Delivery;

namespace NewsBot.Tests.Support;

/// <summary>An <see cref="IPostSender"/> that accepts everything and keeps what it was given, for notices and replies.</summary>
public sealed class RecordingSender : IPostSender
{
    private readonly List<(ChannelTarget Target, OutgoingPost Post)> _sent = [];

    public IReadOnlyList<string> TextsTo(string chatId)
    {
        lock (_sent)
        {
            return _sent.Where(s => s.Target.ChatId == chatId).Select(s => s.Post.PlainText).ToList();
        }
    }

    public Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add((target, post));
            return Task.FromResult<SendResult>(new SendResult.Sent(_sent.Count));
        }
    }

    public Task<string?> PinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> UnpinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
