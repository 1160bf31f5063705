using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Storage.StorageSamples;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// The publisher in-process on a real SQLite file whose outbox can be made to fail, with a fake clock: a storage
/// fault is logged once, backed off, and lets no post be lost or sent twice.
/// </summary>
public sealed class OutboxPublisherFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _directory = new();
    private readonly WatchedClock _time = new(Now);
    private readonly RecordingSender _sender = new();
    private readonly LogCollector _logs = new();
    private ServiceProvider _services = null!;
    private FailingOutbox _outbox = null!;
    private OutboxPublisher _publisher = null!;

    public async Task InitializeAsync()
    {
        var path = BotSettingsFile.Write(_directory, null, null, [new("wire", "http://127.0.0.1:9/rss")],
            customize: settings => settings["Channels"]!["news"]!["MessagesPerSecond"] = 10);
        var configuration = new ConfigurationBuilder().AddNewsBotSettings(path).Build();
        _services = new ServiceCollection().AddNewsBot(configuration, SettingsLoader.Load(configuration))
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<IPostSender>(_sender)
            .AddSingleton<IOutbox>(sp => new FailingOutbox(new SqliteOutbox(sp.GetRequiredService<SqliteDatabase>())))
            .AddSingleton<ILoggerFactory>(new LoggerFactory([_logs]))
            .BuildServiceProvider();
        var store = _services.GetRequiredService<IStoryStore>();
        await store.MigrateAsync(CancellationToken.None);
        await store.RecordPollAsync(Poll(Post("a"), Post("b"), Post("c")), CancellationToken.None);
        _outbox = (FailingOutbox)_services.GetRequiredService<IOutbox>();
        _publisher = ActivatorUtilities.CreateInstance<OutboxPublisher>(_services);
    }

    [Fact]
    public async Task A_post_whose_result_storage_refuses_is_recorded_when_storage_answers_and_sent_only_once()
    {
        _outbox.FailMarkSent(times: 4);
        await _publisher.StartAsync(CancellationToken.None);

        await WaitUntilAsync(() => _sender.TextsTo("@news").Count == 1, "the first send");
        for (var tries = 1; tries <= 4; tries++)
        {
            await WaitUntilAsync(() => Failing.ContainsKey("Publishing posts"), "storage reported failing");
            Assert.Equal(["a"], Headlines()); // nothing else claimed while its result is unrecorded
            _time.Advance(FaultEpisode.MaxBackoff);
        }
        await WaitUntilAsync(() => _sender.TextsTo("@news").Count == 3, "the rest", advanceClock: true);

        Assert.Equal(["a", "b", "c"], Headlines());
        Assert.Empty(Failing);
        Assert.Empty(await _outbox.DepthByChannelAsync(CancellationToken.None));
        var errors = _logs.AtLeast(LogLevel.Warning);
        Assert.Equal(["Publishing posts failed: SQLite Error 13: 'database or disk is full'.; trying again, quiet until it works again"], errors);
        Assert.Single(_logs.AtLeast(LogLevel.Information), l => l.StartsWith("Publishing posts works again after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Storage_down_is_retried_after_1_2_4_8_10_10_seconds_and_logged_once()
    {
        _outbox.Down = true;
        await _publisher.StartAsync(CancellationToken.None);
        var timers = _time.TimersCreated;
        await WaitUntilAsync(() => _outbox.Calls == 1, "the first try");

        foreach (var seconds in new[] { 1, 2, 4, 8, 10, 10 })
        {
            await WaitUntilAsync(() => _time.TimersCreated > timers, $"the wait of {seconds} s to begin");
            (var calls, timers) = (_outbox.Calls, _time.TimersCreated);
            _time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
            await Task.Delay(100);
            Assert.Equal(calls, _outbox.Calls);
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await WaitUntilAsync(() => _outbox.Calls == calls + 1, $"the try after {seconds} s");
        }
        Assert.Single(_logs.AtLeast(LogLevel.Warning));

        _outbox.Down = false;
        _time.Advance(FaultEpisode.MaxBackoff);
        await WaitUntilAsync(() => _sender.TextsTo("@news").Count == 3, "every post once storage is back", advanceClock: true);
        Assert.Equal(["a", "b", "c"], Headlines());
        Assert.Contains("Publishing posts works again after 45 s (7 failed tries)", _logs.AtLeast(LogLevel.Information));
    }

    private IReadOnlyDictionary<string, string> Failing => _services.GetRequiredService<StorageHealth>().Failing;

    /// <summary>The headline of each post sent, rendered from its fields.</summary>
    private List<string> Headlines() => [.. _sender.TextsTo("@news").Select(text => text.Split('\n')[0])];

    /// <summary>Waits in real time; with <paramref name="advanceClock"/>, moves the fake clock a second at each look, for the pacer.</summary>

    private async Task WaitUntilAsync(Func<bool> condition, string what, bool advanceClock = false)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            if (advanceClock)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
            }
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _publisher.StopAsync(CancellationToken.None);
        _publisher.Dispose();
        await _services.DisposeAsync();
        _directory.Dispose();
    }
}
