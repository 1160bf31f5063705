using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.WebSub;

/// <summary>
/// While a feed's subscription is active its hub brings the news, and polls only make the safety net: one every
/// WebSub:SafetyNetInterval instead of every Interval. A lapsed lease ends that by itself.
/// </summary>
public sealed class PushSafetyNet(ISubscriptionStore store, CurrentSettings settings, TimeProvider time)
{
    public async Task<bool> SkipsPollAsync(FeedSettings feed, FeedState state, CancellationToken cancellationToken)
    {
        var webSub = settings.Value.WebSub;
        if (!webSub.IsOn || !feed.Push || state.LastSuccessAt is not { } last)
        {
            return false;
        }
        var now = time.GetUtcNow();
        return now - last < webSub.SafetyNetInterval
            && (await store.AllAsync(cancellationToken)).Any(s => s.Feed == feed.Name && s.IsActive(now));
    }
}
