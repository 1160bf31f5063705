using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.WebSub;

/// <summary>
/// While a feed's subscription is active its hub brings the news, and polls only make the safety net: one every
/// WebSub:SafetyNetInterval instead of every Interval. A lapsed lease ends that by itself.
/// </summary>
public sealed class PushSafetyNet(ISubscriptionStore store, CurrentSettings settings, NewsBotMetrics metrics, TimeProvider time)
{
    public async Task<bool> SkipsPollAsync(FeedSettings feed, FeedState state, CancellationToken cancellationToken)
    {
        var webSub = settings.Value.WebSub;
        if (!webSub.IsOn || !feed.Push)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var pushed = (await store.AllAsync(cancellationToken)).Any(s => s.Feed == feed.Name && s.IsActive(now));
        metrics.FeedPushed(feed.Name, pushed);
        return pushed && now - state.LastSuccessAt < webSub.SafetyNetInterval;
    }
}
