using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Monitoring;

/// <summary>
/// Reads each channel's queue depth from storage when Prometheus scrapes, so the gauge is never stale, and gives every
/// configured feed and channel its zero series, so that a fresh bot's scrape already has what alerts compute on.
/// </summary>
public sealed class OutboxDepthSampler(IOutbox outbox, CurrentSettings settings, NewsBotMetrics metrics)
{
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var depths = await outbox.DepthByChannelAsync(cancellationToken);
        foreach (var channel in settings.Value.Channels.Keys.Union(depths.Keys))
        {
            metrics.OutboxDepth(channel, depths.GetValueOrDefault(channel));
            metrics.KnownChannel(channel);
        }
        foreach (var feed in settings.Value.Feeds)
        {
            metrics.KnownFeed(feed.Name);
        }
    }
}
