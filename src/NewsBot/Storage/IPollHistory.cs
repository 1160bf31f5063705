namespace NewsBot.Storage;

/// <summary>Each feed's last polls, kept bounded (<see cref="Kept"/> per feed).</summary>
public interface IPollHistory
{
    const int Kept = 50;

    Task RecordAsync(PollHistoryEntry poll, CancellationToken cancellationToken);

    /// <summary>The feed's polls, newest first.</summary>
    Task<IReadOnlyList<PollHistoryEntry>> RecentAsync(string feed, CancellationToken cancellationToken);
}
