using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Polling;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>The adaptive interval read from a real poll history in SQLite, on a fake clock.</summary>
public sealed class AdaptivePollingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private readonly FeedSettings _feed = new() { Name = "wire", Url = "https://wire.example/rss", Interval = TimeSpan.FromMinutes(4) };
    private TempSqliteStorage _storage = null!;
    private SqlPollHistory _history = null!;

    public async Task InitializeAsync()
    {
        _storage = await TempSqliteStorage.CreateAsync();
        _history = new SqlPollHistory(_storage.Database);
    }

    [Fact]
    public async Task A_busy_adaptive_feed_is_polled_more_often_a_quiet_one_less_and_a_plain_feed_keeps_its_interval()
    {
        var adaptive = new AdaptivePolling(_history, _time);
        await PolledEveryFourMinutesAsync(storiesEach: 4);

        _time.Advance(TimeSpan.FromMinutes(4)); // the poll just made, not yet in the history

        Assert.Equal(_feed.Interval, await adaptive.IntervalAfterAsync(_feed, newStories: 4, CancellationToken.None));
        _feed.Adaptive = true;
        Assert.Equal(TimeSpan.FromMinutes(2), await adaptive.IntervalAfterAsync(_feed, newStories: 4, CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(16), await AdaptiveAfterSilenceAsync(adaptive));
    }

    /// <summary>Ten polls four minutes apart up to now, each finding <paramref name="storiesEach"/> new stories.</summary>
    private async Task PolledEveryFourMinutesAsync(int storiesEach)
    {
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(4));
            await _history.RecordAsync(new PollHistoryEntry
            {
                Feed = _feed.Name,
                PolledAt = _time.GetUtcNow().ToUnixTimeMilliseconds(),
                Result = "fetched",
                NewStories = storiesEach,
            }, CancellationToken.None);
        }
    }

    /// <summary>The same feed after fifty quiet polls: the history keeps the last fifty, so the busy ones are gone.</summary>
    private async Task<TimeSpan> AdaptiveAfterSilenceAsync(AdaptivePolling adaptive)
    {
        for (var i = 0; i < 5; i++)
        {
            await PolledEveryFourMinutesAsync(storiesEach: 0);
        }
        _time.Advance(TimeSpan.FromMinutes(4));
        return await adaptive.IntervalAfterAsync(_feed, newStories: 0, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _storage.Dispose();
        return Task.CompletedTask;
    }
}
