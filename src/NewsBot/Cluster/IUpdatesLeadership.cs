namespace NewsBot.Cluster;

/// <summary>
/// Telegram allows one getUpdates reader per bot token (a second gets 409 Conflict and both may see the same
/// command): with several instances, only the leader reads admin commands.
/// </summary>
public interface IUpdatesLeadership : IAsyncDisposable
{
    /// <summary>True while this instance leads; takes the lead when it is free.</summary>
    Task<bool> LeadAsync(CancellationToken cancellationToken);
}
