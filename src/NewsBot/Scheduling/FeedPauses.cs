using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>
/// Feeds an admin paused with /pause: their jobs fire and do nothing until /resume. Kept in storage, so a pause
/// outlives a restart and holds on every instance; poll jobs read it through a cache of a few seconds, which is
/// how long a pause takes to reach the other instances.
/// </summary>
public sealed class FeedPauses(IPauseStore store, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private Snapshot? _cached;

    /// <summary>For a poll job: whether the feed is paused, as storage said at most a few seconds ago.</summary>
    public async Task<bool> IsPausedAsync(string feed, CancellationToken cancellationToken)
    {
        var cached = _cached;
        var state = cached is not null && time.GetUtcNow() - cached.ReadAt < CacheFor ? cached.State : await ReadAsync(cancellationToken);
        return state.IsPaused(feed);
    }

    /// <summary>The pauses as storage has them now.</summary>
    public async Task<FeedPauseState> ReadAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetPausesAsync(cancellationToken);
        _cached = new Snapshot(state, time.GetUtcNow());
        return state;
    }

    /// <summary>Pauses a feed, or every feed (also those added later) when <paramref name="feed"/> is null; false when it already was.</summary>
    public async Task<bool> PauseAsync(string? feed, CancellationToken cancellationToken)
    {
        var paused = await store.PauseAsync(feed, time.GetUtcNow(), cancellationToken);
        _cached = null;
        return paused;
    }

    /// <summary>Resumes a feed's own pause, or every pause when <paramref name="feed"/> is null; false when there was none.</summary>
    public async Task<bool> ResumeAsync(string? feed, CancellationToken cancellationToken)
    {
        var resumed = await store.ResumeAsync(feed, cancellationToken);
        _cached = null;
        return resumed;
    }

    private sealed record Snapshot(FeedPauseState State, DateTimeOffset ReadAt);
}
