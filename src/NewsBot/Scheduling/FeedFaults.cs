using System.Collections.Concurrent;
using NewsBot.Hosting;

namespace NewsBot.Scheduling;

/// <summary>
/// One <see cref="FaultEpisode"/> per feed for the faults that escape a poll (storage away, a bug), kept across
/// the poll jobs, which live for one poll each: a feed's polls failing every second make one log line, not one a poll.
/// </summary>
public sealed class FeedFaults(FaultEpisodes faults, ILogger<PollFeedJob> logger)
{
    private readonly ConcurrentDictionary<string, FaultEpisode> _episodes = new(StringComparer.Ordinal);

    public FaultEpisode For(string feed) => _episodes.GetOrAdd(feed, name => faults.For($"Polling feed {name}", logger));
}
