using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Storage;

namespace NewsBot.Monitoring;

/// <summary>Ready only if storage answers a query.</summary>
internal sealed class StorageHealthCheck(IOutbox outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var depths = await outbox.DepthByChannelAsync(cancellationToken);
            return HealthCheckResult.Healthy($"reachable; {depths.Values.Sum()} posts queued");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"storage unreachable: {e.Message}");
        }
    }
}
