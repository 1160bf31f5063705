using NewsBot.Core.Settings;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Postgres;

namespace NewsBot.ClusterLoad;

/// <summary>
/// Clustered mode's claims (feed_schedule and the shard jobs) with the same feeds and instances as
/// <see cref="QuartzCapacity"/>: prints the polls per second the database hands out and how late they come.
/// </summary>
public static class ClaimsCapacity
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(LoadOptions options, PostgresServer server)
    {
        var offered = options.Feeds / options.Interval.TotalSeconds;
        Console.WriteLine($"claimed from feed_schedule by {FeedShards.Count} shard jobs: {options.Feeds} feeds every {options.Interval} ({offered:0} polls/s offered); {options.Threads} polls in flight per instance");
        await Reporting.RunAsync(options, server, HarnessModes.ClaimsWorker, connectionString => SeedAsync(options, connectionString));
    }

    /// <summary>Fills feed_schedule as the bot's sync does, turns spread evenly over the interval; returns the first turn.</summary>
    private static async Task<DateTimeOffset> SeedAsync(LoadOptions options, string connectionString)
    {
        await using var database = new PostgresDatabase(new StorageSettings { Provider = StorageProvider.Postgres, ConnectionString = connectionString });
        await database.InitializeAsync(CancellationToken.None);
        var firstDue = DateTimeOffset.UtcNow + Lead;
        var spacing = options.Interval / options.Feeds;
        var schedule = new FeedSchedule(options.Interval, null, false, 0).ToString();
        var feeds = Enumerable.Range(0, options.Feeds)
            .Select(n => new ScheduledFeed($"feed-{n}", FeedShards.Of($"feed-{n}"), schedule, firstDue + (spacing * n)))
            .ToList();
        await new PostgresFeedClaims(database).SyncAsync(feeds, CancellationToken.None);
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
        return firstDue;
    }
}
