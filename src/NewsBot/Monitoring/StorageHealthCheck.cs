using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Storage;

namespace NewsBot.Monitoring;

/// <summary>
/// Ready only if storage answers: no loop is failing on it, it takes a write, and it answers a query. Each part
/// sees what the others may not: a full disk fails only the writes that grow the file, a lock only writes.
/// </summary>
internal sealed class StorageHealthCheck(IOutbox outbox, StorageHealth health, StorageWriteProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (health.Failing.Count > 0)
        {
            var failing = string.Join("; ", health.Failing.Select(f => $"{f.Key}: {f.Value}"));
            return HealthCheckResult.Unhealthy($"storage failing: {failing}");
        }
        if (await probe.ProblemAsync(cancellationToken) is { } problem)
        {
            return HealthCheckResult.Unhealthy($"storage does not take a write: {problem}");
        }
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
