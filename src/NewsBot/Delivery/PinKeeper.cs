using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Pins breaking posts for their set time and unpins them when it has passed.</summary>
public sealed partial class PinKeeper(IPostSender sender, IPinStore pins, CurrentSettings settings, TimeProvider time, ILogger<PinKeeper> logger)
{
    public async Task PinAsync(ChannelTarget target, long messageId, TimeSpan pinFor)
    {
        if (await sender.PinAsync(target, messageId, CancellationToken.None) is { } refusal)
        {
            LogPinRefused(target.Name, messageId, refusal);
            return;
        }
        await pins.RecordPinAsync(target.Name, messageId, time.GetUtcNow() + pinFor, CancellationToken.None);
    }

    public async Task UnpinDueAsync(CancellationToken cancellationToken)
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
