using Quartz;

namespace NewsBot.ClusterLoad;

/// <summary>The counted job without [DisallowConcurrentExecution], to measure what that attribute costs the store.</summary>
public sealed class ConcurrentCountedPollJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => CountedPollJob.Count(context);
}
