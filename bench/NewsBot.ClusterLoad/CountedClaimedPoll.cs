using NewsBot.Scheduling;
using NewsBot.Storage;

namespace NewsBot.ClusterLoad;

/// <summary>A claimed feed's poll that does nothing but being counted, with how late it came after its turn.</summary>
public sealed class CountedClaimedPoll(FireTally tally, TimeSpan interval) : IClaimedPoll
{
    private readonly FeedSchedule _schedule = new(interval, null, false, 0);

    public Task<DateTimeOffset> PollAsync(FeedClaim claim, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        tally.Record(claim.Due, now);
        return Task.FromResult(FeedDueTimes.Next(_schedule, claim.Due, now));
    }
}
