using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>What an instance does with a feed it claimed in clustered mode: poll it, and say when it is next due.</summary>
public interface IClaimedPoll
{
    Task<DateTimeOffset> PollAsync(FeedClaim claim, CancellationToken cancellationToken);
}
