using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Monitoring;

/// <summary>
/// Not ready when every feed that has been polled is failing: the bot is cut off from its sources (network, DNS,
/// proxy). Some feeds failing is degraded (still 200): one broken feed is the feed's problem, not the bot's.
/// </summary>
internal sealed class PollsHealthCheck(IStoryStore store, CurrentSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var polled = new List<FeedState>();
        foreach (var feed in settings.Value.Feeds)
        {
            var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
            if (state.LastPolledAt is not null)
            {
                polled.Add(state);
            }
        }
        var failing = polled.Where(s => s.ConsecutiveFailures > 0).Select(s => $"{s.Feed} ({s.LastError})").ToList();
        if (failing.Count == 0)
        {
            return HealthCheckResult.Healthy($"{polled.Count} feeds polled, none failing");
        }
        var description = $"{failing.Count} of {polled.Count} polled feeds failing: {string.Join("; ", failing)}";
        return failing.Count == polled.Count ? HealthCheckResult.Unhealthy(description) : HealthCheckResult.Degraded(description);
    }
}
