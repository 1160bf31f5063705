using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace NewsBot.Monitoring;

/// <summary>Ready only while the Quartz scheduler runs the polls.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulerFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("running")
            : HealthCheckResult.Unhealthy($"the scheduler is {status}, not running: no feed is polled");
    }
}
