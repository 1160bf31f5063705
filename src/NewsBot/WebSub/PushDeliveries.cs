using System.Threading.Channels;

namespace NewsBot.WebSub;

/// <summary>Signed deliveries accepted by the callback, waiting to be processed: the callback answers at once, the work follows.</summary>
public sealed class PushDeliveries
{
    private readonly Channel<PushDelivery> _queue = Channel.CreateBounded<PushDelivery>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Add(PushDelivery delivery) => _queue.Writer.TryWrite(delivery);

    public IAsyncEnumerable<PushDelivery> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
