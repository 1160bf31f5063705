using NewsBot.Core.Settings;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.ClusterLoad;

/// <summary>
/// The measurement of issue #15: one Quartz job per feed in the clustered store, fired by 1, 2, 4 … instances
/// (processes) on a throwaway PostgreSQL; prints the fires per second the store sustained.
/// </summary>
public static class QuartzCapacity
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(LoadOptions options, PostgresServer server)
    {
        var offered = options.Feeds / options.Interval.TotalSeconds;
        Console.WriteLine($"one Quartz job per feed: {options.Feeds} feeds every {options.Interval} ({offered:0} fires/s offered); {options}");
        await Reporting.RunAsync(options, server, HarnessModes.QuartzWorker, async connectionString =>
        {
            await using (var database = new PostgresDatabase(new StorageSettings { Provider = StorageProvider.Postgres, ConnectionString = connectionString }))
            {
                await database.InitializeAsync(CancellationToken.None);
            }
            return await JobSeeder.SeedAsync(options, connectionString, Lead);
        });
    }
}
