using NewsBot.Hosting;

namespace NewsBot.WebSub;

/// <summary>
/// Keeps subscriptions in step with the settings and their leases, once every <see cref="Period"/>: renews at 80 %
/// of a lease, unsubscribes a feed removed or with push turned off, and forgets a lease that ran out or a request no hub
/// verified (the feed then polls at its own interval again, logged). On PostgreSQL one instance's claim sends each request.
/// </summary>
public sealed partial class WebSubMaintainer(
    ISubscriptionStore store, WebSubSubscriber subscriber, CurrentSettings settings, TimeProvider time, FaultEpisodes faults, ILogger<WebSubMaintainer> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    /// <summary>A hub that has not verified a request by then is not going to.</summary>
    public static readonly TimeSpan VerificationWait = TimeSpan.FromMinutes(5);

    private readonly FaultEpisode _faults = faults.For("Maintaining WebSub subscriptions", logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await _faults.RunAsync(() => MaintainAsync(stoppingToken), stoppingToken))
                {
                    await Task.Delay(Period, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One pass over every subscription.</summary>
    public async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var subscription in await store.AllAsync(cancellationToken))
        {
            await MaintainAsync(subscription, now, cancellationToken);
        }
    }

    private async Task MaintainAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = settings.Value;
        if (subscription.Pending is not null && now - subscription.RequestedAt > VerificationWait)
        {
            LogUnverified(subscription.Feed, subscription.Pending, subscription.Hub);
            await store.RemoveAsync(subscription.CallbackId, cancellationToken);
        }
        else if (current.Feeds.Find(f => f.Name == subscription.Feed) is not { Push: true } || !current.WebSub.IsOn)
        {
            await subscriber.UnsubscribeAsync(subscription, cancellationToken);
        }
        else if (subscription.LeaseUntil is { } until && until <= now)
        {
            LogLapsed(subscription.Feed, subscription.Hub);
            await store.RemoveAsync(subscription.CallbackId, cancellationToken);
        }
        else if (subscription.IsDueForRenewal(now))
        {
            await subscriber.RenewAsync(subscription, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: the WebSub lease at {Hub} ran out unrenewed; polling at the feed's own interval again")]
    private partial void LogLapsed(string feed, string hub);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub hub {Hub} never verified the {Mode}; the subscription is forgotten and the feed polled at its own interval")]
    private partial void LogUnverified(string feed, string mode, string hub);
}
