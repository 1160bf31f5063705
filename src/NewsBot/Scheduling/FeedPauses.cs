using System.Collections.Concurrent;

namespace NewsBot.Scheduling;

/// <summary>Feeds an admin paused with /pause: their jobs fire and do nothing until /resume (not kept across restarts).</summary>
public sealed class FeedPauses
{
    private readonly ConcurrentDictionary<string, byte> _paused = new(StringComparer.Ordinal);

    public bool IsPaused(string feed) => _paused.ContainsKey(feed);

    /// <summary>True when the feed was not paused before.</summary>
    public bool Pause(string feed) => _paused.TryAdd(feed, 0);

    /// <summary>True when the feed was paused.</summary>
    public bool Resume(string feed) => _paused.TryRemove(feed, out _);
}
