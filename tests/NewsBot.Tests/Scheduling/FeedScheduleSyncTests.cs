using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Fetching;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.Scheduling;

/// <summary>The feeds' jobs in a real in-memory Quartz scheduler, never started, so that no job runs; a fake clock.</summary>
public sealed class FeedScheduleSyncTests : IAsyncLifetime
{
    private const string Hourly = "0 0 * * * ?";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 30, 0, TimeSpan.Zero));
    private readonly CurrentSettings _settings = new(new NewsBotSettings());
    private readonly ScheduleChanges _changes = new();
    private TempSqliteStorage _storage = null!;
    private ServiceProvider _services = null!;
    private IScheduler _scheduler = null!;
    private FeedScheduleSync _sync = null!;

    public async Task InitializeAsync()
    {
        _storage = await TempSqliteStorage.CreateAsync();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(_settings)
            .AddSingleton<IStoryStore>(_storage.Store)
            .AddSingleton<IPollHistory>(new SqlPollHistory(_storage.Database))
            .AddSingleton<IPostSender, RecordingSender>()
            .AddSingleton<AdminNotifier>()
            .AddSingleton<NewsBotMetrics>()
            .AddSingleton<FeedHealth>()
            .AddSingleton<StorageHealth>()
            .AddSingleton<FaultEpisodes>()
            .AddSingleton<FeedScheduleSync>()
            .AddQuartz()
            .BuildServiceProvider();
        _scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        _scheduler.ListenerManager.AddSchedulerListener(_changes);
        _sync = _services.GetRequiredService<FeedScheduleSync>();
    }

    [Fact]
    public async Task A_settings_change_adds_removes_and_reschedules_only_the_feeds_it_changed()
    {
        await StartAsync(Every("steady", 5), Every("changed", 5), Every("gone", 5));
        Assert.Equal(["steady", "changed", "gone"], _changes.Scheduled);
        _changes.Clear();

        await ChangeSettingsAsync(Every("steady", 5), Every("changed", 10), Every("added", 5));

        Assert.Equal(["changed", "added"], _changes.Scheduled);
        Assert.Equal(["gone"], _changes.Deleted);
        var changed = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await TriggersOfAsync("changed")));
        Assert.Equal(TimeSpan.FromMinutes(10), changed.RepeatInterval);
    }

    [Fact]
    public async Task A_disabled_feed_is_probed_hourly_and_gets_its_own_schedule_back_when_it_works()
    {
        var feed = new FeedSettings { Name = "down", Cron = Hourly };
        await _storage.Store.RecordFailureAsync(feed.Name, "HTTP 503", _time.GetUtcNow().AddDays(-2), CancellationToken.None);
        await _storage.Store.SetDisabledAsync(feed.Name, _time.GetUtcNow().AddDays(-1), CancellationToken.None);

        await StartAsync(feed);

        var probe = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await TriggersOfAsync(feed.Name)));
        Assert.Equal(FeedSchedule.ProbeInterval, probe.RepeatInterval);
        Assert.Equal(_time.GetUtcNow() + FeedSchedule.ProbeInterval, probe.StartTimeUtc);

        await _storage.Store.RecordUnchangedAsync(feed.Name, _time.GetUtcNow(), CancellationToken.None);
        Assert.True(await _services.GetRequiredService<FeedHealth>().UpdateAsync(feed, CancellationToken.None));
        await _sync.ApplyAsync(CancellationToken.None);

        var own = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await TriggersOfAsync(feed.Name)));
        Assert.Equal(Hourly, own.CronExpressionString);
    }

    [Fact]
    public async Task A_cron_feed_that_missed_its_time_while_the_bot_was_down_polls_once_at_start()
    {
        await PolledAsync("missed", _time.GetUtcNow().AddMinutes(-40)); // before the fire at the full hour
        await PolledAsync("on-time", _time.GetUtcNow().AddMinutes(-20)); // after it
        var feeds = new[] { "missed", "on-time", "never-polled" }.Select(name => new FeedSettings { Name = name, Cron = Hourly }).ToArray();

        await StartAsync(feeds);
        await ChangeSettingsAsync(feeds);

        Assert.Equal(2, (await TriggersOfAsync("missed")).Count); // its cron trigger and the one poll now
        Assert.Single(await TriggersOfAsync("on-time"));
        Assert.Equal(2, (await TriggersOfAsync("never-polled")).Count);
    }

    private static FeedSettings Every(string name, int minutes) => new() { Name = name, Interval = TimeSpan.FromMinutes(minutes) };

    private async Task StartAsync(params FeedSettings[] feeds)
    {
        _settings.Update(new NewsBotSettings { Feeds = [.. feeds] });
        await _sync.StartAsync(CancellationToken.None);
        await _sync.Started;
    }

    /// <summary>
    /// Puts new settings in force, which the sync applies by itself; applying once more waits for that to finish
    /// (one application at a time) and changes nothing.
    /// </summary>
    private async Task ChangeSettingsAsync(params FeedSettings[] feeds)
    {
        _settings.Update(new NewsBotSettings { Feeds = [.. feeds] });
        await _sync.ApplyAsync(CancellationToken.None);
    }

    private Task PolledAsync(string feed, DateTimeOffset at) =>
        _storage.Store.RecordPollAsync(new PollRecord(feed, FeedValidators.None, [], [], at), CancellationToken.None);

    private async Task<IReadOnlyCollection<ITrigger>> TriggersOfAsync(string feed) =>
        await _scheduler.GetTriggersOfJob(new JobKey(feed, FeedScheduleSync.Group));

    public async Task DisposeAsync()
    {
        await _sync.StopAsync(CancellationToken.None);
        await _scheduler.Shutdown();
        await _services.DisposeAsync();
        _storage.Dispose();
    }
}
