using System.Globalization;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// The Quartz job of one shard of the feeds in clustered mode (its key's name is the shard's number): fires every
/// second on whichever instance Quartz picks and claims the shard's due feeds for it. It may run beside itself, as
/// the claims never hand one feed out twice, so Quartz fires it without taking its cluster-wide row lock.
/// </summary>
public sealed class ShardPollJob(ClaimedPolls polls) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(polls.ClaimAsync(int.Parse(context.JobDetail.Key.Name, CultureInfo.InvariantCulture), cancellationToken));
}
