using NewsBot.Monitoring;

namespace NewsBot.Hosting;

/// <summary>Hands each long-running loop its <see cref="FaultEpisode"/>, sharing the clock and the storage health.</summary>
public sealed class FaultEpisodes(StorageHealth storage, TimeProvider time)
{
    /// <summary>An episode tracker for the loop called <paramref name="loop"/> (as an operator reads it), logging to <paramref name="logger"/>.</summary>
    public FaultEpisode For(string loop, ILogger logger) => new(loop, logger, storage, time);
}
