using System.Collections.Concurrent;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;

namespace NewsBot.WebSub;

/// <summary>
/// A hub that stays subscribed but stops delivering: a safety-net poll finds stories it should have pushed (dated
/// after the subscription was verified and more than <see cref="DeliveryGrace"/> before the poll). The subscription
/// is dropped, so the feed polls at its own pace again, and that hub is not asked again for the feed for
/// <see cref="Quarantine"/> (kept in memory: a restart tries it again).
/// </summary>
public sealed partial class HubSilence(ISubscriptionStore store, TimeProvider time, ILogger<HubSilence> logger)
{
    public static readonly TimeSpan DeliveryGrace = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Quarantine = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string Feed, string Hub), DateTimeOffset> _silent = new();

    /// <summary>Called with the new stories a poll (not a delivery) found.</summary>
    public async Task CheckAsync(FeedSettings feed, IReadOnlyList<Story> found, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var subscription in (await store.AllAsync(cancellationToken)).Where(s => s.Feed == feed.Name && s.IsActive(now)))
        {
            var missed = found.Count(s => s.HasFeedDate && s.Published > subscription.VerifiedAt && s.Published < now - DeliveryGrace);
            if (missed > 0)
            {
                LogSilent(feed.Name, subscription.Hub, missed);
                _silent[(feed.Name, subscription.Hub)] = now;
                await store.RemoveAsync(subscription.CallbackId, cancellationToken);
            }
        }
    }

    public bool IsSilent(string feed, string hub) =>
        _silent.TryGetValue((feed, hub), out var since) && time.GetUtcNow() - since < Quarantine;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub hub {Hub} did not deliver {Missed} stories a poll found; back to polling at the feed's own interval, and that hub is not asked again for a day")]
    private partial void LogSilent(string feed, string hub, int missed);
}
