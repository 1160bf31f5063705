using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Scheduling;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Scheduling;

/// <summary>A feed failing past DisableAfter is disabled with a notice, stays disabled across a restart, and comes back with a notice.</summary>
public sealed class FeedHealthTests : IAsyncLifetime
{
    private const string AdminChat = "-1001234";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _sender = new();
    private readonly FeedSettings _feed = new() { Name = "wire", DisableAfter = TimeSpan.FromHours(6) };
    private TempSqliteStorage _storage = null!;
    private SqliteStoryStore _store = null!;

    public async Task InitializeAsync()
    {
        _storage = await TempSqliteStorage.CreateAsync();
        _store = _storage.Store;
    }

    [Fact]
    public async Task A_feed_failing_past_DisableAfter_is_disabled_once_and_enabled_again_when_it_works()
    {
        var health = NewHealth();
        Assert.False(await FailAsync(health));
        _time.Advance(TimeSpan.FromHours(5));
        Assert.False(await FailAsync(health));
        Assert.Empty(_sender.TextsTo(AdminChat));

        _time.Advance(TimeSpan.FromHours(1));
        Assert.True(await FailAsync(health));
        Assert.True(health.IsDisabled("wire"));
        Assert.False(await FailAsync(health));
        var notice = Assert.Single(_sender.TextsTo(AdminChat));
        Assert.Contains("Feed wire is disabled", notice);
        Assert.Contains("HTTP 503", notice);

        var restarted = NewHealth();
        await restarted.LoadAsync([_feed], CancellationToken.None);
        Assert.True(restarted.IsDisabled("wire"));

        await _store.RecordUnchangedAsync("wire", _time.GetUtcNow(), CancellationToken.None);
        Assert.True(await restarted.UpdateAsync(_feed, answered: true, CancellationToken.None));
        Assert.False(restarted.IsDisabled("wire"));
        Assert.Contains("Feed wire works again and is enabled.", _sender.TextsTo(AdminChat));
        Assert.Null((await _store.GetFeedStateAsync("wire", CancellationToken.None)).DisabledAt);
    }

    [Fact]
    public async Task A_success_between_failures_restarts_the_clock()
    {
        var health = NewHealth();
        await FailAsync(health);
        _time.Advance(TimeSpan.FromHours(5));
        await _store.RecordUnchangedAsync("wire", _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));

        Assert.False(await FailAsync(health));
        Assert.False(health.IsDisabled("wire"));
    }

    [Fact]
    public void A_disabled_feed_is_probed_hourly_and_an_enabled_one_keeps_its_own_schedule()
    {
        var cron = new FeedSettings { Name = "cron", Cron = "0 */10 * * * ?" };

        Assert.Equal(new FeedSchedule(FeedSchedule.ProbeInterval, null, true, 0), FeedSchedule.For(cron, disabled: true, phase: 0.5));
        Assert.Equal("0 */10 * * * ?", FeedSchedule.For(cron, disabled: false, phase: 0.5).Cron);
        Assert.Equal(new FeedSchedule(_feed.Interval, null, false, 0.5), FeedSchedule.For(_feed, disabled: false, phase: 0.5));
    }

    private FeedHealth NewHealth()
    {
        var settings = new CurrentSettings(new NewsBotSettings { Telegram = new TelegramSettings { AdminChatId = AdminChat } });
        var notifier = new AdminNotifier(_sender, settings, NullLogger<AdminNotifier>.Instance);
        return new FeedHealth(_store, notifier, new NewsBotMetrics(), _time, NullLogger<FeedHealth>.Instance);
    }

    private async Task<bool> FailAsync(FeedHealth health)
    {
        await _store.RecordFailureAsync("wire", "HTTP 503", _time.GetUtcNow(), CancellationToken.None);
        return await health.UpdateAsync(_feed, answered: false, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _storage.Dispose();
        return Task.CompletedTask;
    }
}
