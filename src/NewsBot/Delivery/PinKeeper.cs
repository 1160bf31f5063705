using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Pins breaking posts for their set time and unpins them when it has passed. A pin storage could not record is
/// kept in memory and recorded at the next round, so that it is still unpinned on time; storage faults are one
/// <see cref="FaultEpisode"/>, never thrown at the publisher.
/// </summary>
public sealed partial class PinKeeper(IPostSender sender, IPinStore pins, CurrentSettings settings, FaultEpisodes faults, TimeProvider time, ILogger<PinKeeper> logger)
{
    private readonly FaultEpisode _faults = faults.For("Keeping pins", logger);
    private readonly Queue<(PinnedPost Pin, DateTimeOffset UnpinAt)> _unrecorded = new();

    public async Task PinAsync(ChannelTarget target, long messageId, TimeSpan pinFor)
    {
        if (await sender.PinAsync(target, messageId, CancellationToken.None) is { } refusal)
        {
            LogPinRefused(target.Name, messageId, refusal);
            return;
        }
        _unrecorded.Enqueue((new PinnedPost(target.Name, messageId), time.GetUtcNow() + pinFor));
        await _faults.TryAsync(() => RecordPinsAsync(CancellationToken.None), CancellationToken.None);
    }

    public Task UnpinDueAsync(CancellationToken cancellationToken) => _faults.TryAsync(async () =>
    {
        await RecordPinsAsync(cancellationToken);
        await UnpinAsync(cancellationToken);
    }, cancellationToken);

    private async Task RecordPinsAsync(CancellationToken cancellationToken)
    {
        while (_unrecorded.TryPeek(out var next))
        {
            await pins.RecordPinAsync(next.Pin.Channel, next.Pin.MessageId, next.UnpinAt, cancellationToken);
            _unrecorded.Dequeue();
        }
    }

    private async Task UnpinAsync(CancellationToken cancellationToken)
    {
        foreach (var pin in await pins.DuePinsAsync(time.GetUtcNow(), cancellationToken))
        {
            if (settings.Value.Channels.TryGetValue(pin.Channel, out var channel)
                && await sender.UnpinAsync(ChannelTarget.From(pin.Channel, channel), pin.MessageId, cancellationToken) is { } refusal)
            {
                LogPinRefused(pin.Channel, pin.MessageId, refusal);
            }
            // Unpinned, or no longer possible (message deleted, channel gone): either way, done with it.
            await pins.RemovePinAsync(pin.Channel, pin.MessageId, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not pin or unpin message {MessageId} in {Channel}: {Reason} (the bot needs the right to pin)")]
    private partial void LogPinRefused(string channel, long messageId, string reason);
}
