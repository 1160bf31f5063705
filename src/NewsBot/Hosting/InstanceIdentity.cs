namespace NewsBot.Hosting;

/// <summary>This process's name in shared storage (outbox leases), unique across hosts and restarts.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24];
}
