namespace NewsBot.Storage;

/// <summary>Feeds paused by an admin, kept so that a pause holds across restarts and on every instance.</summary>
public interface IPauseStore
{
    Task<FeedPauseState> GetPausesAsync(CancellationToken cancellationToken);

    /// <summary>Pauses one feed, or every feed (including feeds added later) when <paramref name="feed"/> is null; false when it already was.</summary>
    Task<bool> PauseAsync(string? feed, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Resumes one feed's own pause, or every pause when <paramref name="feed"/> is null; false when there was none.</summary>
    Task<bool> ResumeAsync(string? feed, CancellationToken cancellationToken);
}
