using Quartz;

namespace NewsBot.ClusterLoad;

/// <summary>
/// A feed's Quartz job as the bot has it (one per feed, never concurrent), doing nothing but being counted: what is
/// measured is what the clustered store costs per fire.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CountedPollJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => Count(context);

    /// <summary>Records the fire in the scheduler's tally.</summary>
    public static ValueTask Count(IJobExecutionContext context)
    {
        var tally = (FireTally)context.Scheduler.Context[FireTally.Key]!;
        tally.Record(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, DateTimeOffset.UtcNow);
        return ValueTask.CompletedTask;
    }
}
