using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Scheduling;
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
        Assert.Equal(TimeSpan.FromMinutes(10), (await OwnTriggerAsync("changed")).RepeatInterval);
    }

    [Fact]
    public async Task A_thousand_feeds_are_spread_over_their_interval_and_a_reload_touches_only_the_feeds_it_changed()
    {
        var feeds = Enumerable.Range(0, 1_000).Select(i => Loopback(i, TimeSpan.FromMinutes(1))).ToArray();
        await StartAsync(feeds);
        var starts = new Dictionary<string, DateTimeOffset>();
        foreach (var feed in feeds)
        {
            starts[feed.Name] = (await OwnTriggerAsync(feed.Name)).StartTimeUtc;
        }
        _changes.Clear();

        feeds[500] = Loopback(500, TimeSpan.FromMinutes(2));
        await ChangeSettingsAsync([.. feeds.Reverse(), Loopback(1_000, TimeSpan.FromMinutes(1), host: "elsewhere.example")]);

        Assert.Equal(["feed-500", "feed-1000"], _changes.Scheduled);
        var perSecond = starts.Values.GroupBy(s => (int)(s - _time.GetUtcNow()).TotalSeconds).Select(g => g.Count()).ToList();
        Assert.All(starts.Values, s => Assert.InRange(s - _time.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromMinutes(1)));
        Assert.True(perSecond.Max() <= 3 * feeds.Length / 60.0, $"{perSecond.Max()} first polls in one second");
    }

    [Fact]
    public async Task A_feed_polled_within_its_interval_waits_for_its_turn_and_an_overdue_one_polls_at_once()
    {
        var hourly = TimeSpan.FromHours(1);
        await PolledAsync("recent", _time.GetUtcNow().AddMinutes(-10));
        await PolledAsync("late", _time.GetUtcNow().AddHours(-3));

        await StartAsync(new FeedSettings { Name = "recent", Interval = hourly }, new FeedSettings { Name = "late", Interval = hourly });

        var turn = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await TriggersOfAsync("recent")));
        Assert.Equal(PollPhases.NextTurn(_time.GetUtcNow(), hourly, PollPhases.Of(_settings.Value.Feeds)["recent"]), turn.StartTimeUtc);
        var overdue = await TriggersOfAsync("late");
        Assert.Equal(2, overdue.Count);
        Assert.Contains(overdue, t => t.StartTimeUtc - _time.GetUtcNow() <= TimeSpan.FromSeconds(5));
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
        Assert.True(await _services.GetRequiredService<FeedHealth>().UpdateAsync(feed, answered: true, CancellationToken.None));
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

    /// <summary>Feed number <paramref name="i"/> on one of twenty loopback servers, as many feeds share a publisher.</summary>
    private static FeedSettings Loopback(int i, TimeSpan interval, string? host = null) =>
        new() { Name = $"feed-{i}", Url = $"http://{host ?? $"127.0.0.{1 + (i % 20)}"}/feeds/{i}.xml", Interval = interval };

    /// <summary>The feed's own repeating trigger, beside which a catch-up poll may wait.</summary>
    private async Task<ISimpleTrigger> OwnTriggerAsync(string feed) =>
        Assert.IsAssignableFrom<ISimpleTrigger>(await _scheduler.GetTrigger(new TriggerKey(feed, FeedScheduleSync.Group)));

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
