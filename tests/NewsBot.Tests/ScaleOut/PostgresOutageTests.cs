using NewsBot.Testing.Postgres;
using NewsBot.Tests.Support;
using Xunit.Abstractions;
using static NewsBot.Tests.ScaleOut.BotCluster;
using static NewsBot.Tests.Support.WireBurst;

namespace NewsBot.Tests.ScaleOut;

/// <summary>
/// The PostgreSQL server stopped for 20 s under a running bot, mid-burst, and started again. The server is this
/// test's own: stopping the one the other PostgreSQL tests share would fail them.
/// </summary>
public sealed class PostgresOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly PostgresServer server = new();
    private BotCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        _cluster = await BotCluster.StartAsync(server);
        // The fake's flood limit scaled up as the channel's budget is (600 a minute, 5 a second).
        _cluster.Bot.FloodLimit = 20;
        _cluster.Bot.FloodWindow = TimeSpan.FromSeconds(1);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task PostgreSQL_stopped_for_20_s_mid_burst_delays_the_posts_and_loses_none()
    {
        _cluster.Publish(["wire"], latest: 1);
        var bot = _cluster.Start(_cluster.WriteSettings(["wire"], messagesPerMinute: 600, messagesPerSecond: 5));
        await _cluster.WaitForPollsAsync(bot, ["wire"], times: 2);
        await using var readiness = await ReadinessWatch.StartAsync(bot);
        _cluster.Publish(["wire"], latest: 21);
        await bot.WaitUntilAsync(() => _cluster.Headlines().Count >= 5, Patience, "the burst under way");

        await server.StopAsync();
        try
        {
            await bot.WaitUntilAsync(() => readiness.StorageUnready is not null, Patience, "readyz to say storage");
            _cluster.Publish(["wire"], latest: 31);
            await Task.Delay(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await server.StartAgainAsync();
        }

        await bot.WaitUntilAsync(() => _cluster.Headlines().Count >= 30, Patience, "every story after the outage");
        await bot.WaitUntilAsync(() => readiness.Ready, Patience, "readyz 200 again");
        await Task.Delay(TimeSpan.FromSeconds(2)); // any repeat would show by now
        Assert.False(bot.HasExited, bot.StandardError);
        Assert.Equal(Enumerable.Range(2, 30).Select(n => Title("wire", n)), _cluster.Headlines());
        var faults = FaultLines(bot.StandardError);
        output.WriteLine($"readyz said: {readiness.StorageUnready}\n{string.Join('\n', faults)}");
        Assert.InRange(faults.Count(l => l.Contains("quiet until it works again", StringComparison.Ordinal)), 0, 3);
        // Quartz's clustered job store logs its own retries at each check-in (every second here, every 10 s by
        // default); apart from those, a few lines tell the whole outage.
        Assert.InRange(faults.Count(l => !IsQuartzRetry(l)), 0, 6);
    }

    private static bool IsQuartzRetry(string line) =>
        line.Contains("Transient exception on attempt", StringComparison.Ordinal)
        || line.Contains("Error managing cluster", StringComparison.Ordinal)
        || line.Contains("ClusterManager", StringComparison.Ordinal);
}
