using NewsBot.Hosting;
using NewsBot.Polling;

namespace NewsBot.WebSub;

/// <summary>Processes each accepted delivery exactly like a polled body: same parser, dedup and outbox.</summary>
public sealed class PushProcessor(PushDeliveries deliveries, FeedPoller poller, CurrentSettings settings, FaultEpisodes faults, ILogger<PushProcessor> logger)
    : BackgroundService
{
    private readonly FaultEpisode _faults = faults.For("Processing WebSub deliveries", logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in deliveries.ReadAllAsync(stoppingToken))
            {
                if (settings.Feed(delivery.Feed) is { } feed)
                {
                    await _faults.TryAsync(() => poller.ProcessPushedAsync(feed, delivery.Body, stoppingToken), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
