namespace NewsBot.Scheduling;

/// <summary>
/// How clustered mode splits the feeds among the Quartz shard jobs: by a hash of the feed's name that is the same on
/// every instance and across restarts (string.GetHashCode is not: it is seeded per process).
/// </summary>
public static class FeedShards
{
    /// <summary>
    /// Enough shards that each of several instances claims every second; few enough (16 fires a second) that
    /// Quartz's clustered store, which measured 20–70 fires a second here (README), carries them with room to spare.
    /// </summary>
    public const int Count = 16;

    /// <summary>How often each shard's job claims its due feeds: a due feed waits at most about this long.</summary>
    public static readonly TimeSpan ClaimEvery = TimeSpan.FromSeconds(1);

    public static int Of(string feed)
    {
        // FNV-1a over the UTF-16 code units.
        var hash = 2166136261u;
        foreach (var c in feed)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % Count);
    }
}
