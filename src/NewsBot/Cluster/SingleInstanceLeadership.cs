namespace NewsBot.Cluster;

/// <summary>SQLite serves one instance (its lock file refuses a second), which therefore always leads.</summary>
public sealed class SingleInstanceLeadership : IUpdatesLeadership
{
    public Task<bool> LeadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
