using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Storage;
using NewsBot.WebSub;

namespace NewsBot.Tests.Support;

/// <summary>The poller's services as the host wires them, over one test's SQLite file, clock and settings.</summary>
public static class TestPolling
{
    public static IServiceCollection AddTestPolling(this IServiceCollection services, TempSqliteStorage storage, TimeProvider time, CurrentSettings settings) =>
        services
            .AddSingleton(time)
            .AddSingleton(settings)
            .AddSingleton<IStoryStore>(storage.Store)
            .AddSingleton<ISubscriptionStore>(new SqlSubscriptionStore(storage.Database))
            .AddSingleton<IPollHistory>(new SqlPollHistory(storage.Database))
            .AddSingleton<OutboxSignal>()
            .AddSingleton<NewsBotMetrics>()
            .AddSingleton<StorageHealth>()
            .AddSingleton<FaultEpisodes>()
            .AddPipeline()
            .AddPolling();
}
