using NewsBot.Storage;

namespace NewsBot.Hosting;

/// <summary>Creates or upgrades the schema before anything polls or publishes (hosted services start in order).</summary>
public sealed class StorageInitializer(IStoryStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
