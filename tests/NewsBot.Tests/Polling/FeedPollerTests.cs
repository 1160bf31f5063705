using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Polling;
using NewsBot.Storage;
using NewsBot.Testing.Feeds;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>One poll at a time, as the host wires it: a loopback feed server, a real SQLite file and a fake clock.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private const string Path = "wire.xml";
    private const string Channel = "news";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedSettings _feed = new() { Name = "wire", Channels = [Channel], Interval = TimeSpan.FromMinutes(5), MaxPollDelay = TimeSpan.FromHours(1) };
    private FeedServer _server = null!;
    private TempSqliteStorage _storage = null!;
    private ServiceProvider _services = null!;
    private FeedPoller _poller = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _storage = await TempSqliteStorage.CreateAsync();
        _feed.Url = _server.UrlOf(Path);
        var settings = new NewsBotSettings { Channels = { [Channel] = new ChannelSettings { ChatId = "@news" } }, Feeds = [_feed] };
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(new CurrentSettings(settings))
            .AddSingleton<IStoryStore>(_storage.Store)
            .AddSingleton<IPollHistory>(new SqlPollHistory(_storage.Database))
            .AddSingleton<OutboxSignal>()
            .AddSingleton<NewsBotMetrics>()
            .AddPipeline()
            .AddPolling()
            .BuildServiceProvider();
        _poller = _services.GetRequiredService<FeedPoller>();
    }

    [Fact]
    public async Task The_first_poll_records_the_feed_as_seen_and_posts_nothing()
    {
        Serve("g2", "g1");

        await PollAsync();

        var state = await StateAsync();
        Assert.True(state.BaselineDone);
        Assert.NotNull(state.Validators.ETag);
        Assert.Equal(_time.GetUtcNow(), state.LastSuccessAt);
        Assert.Equal(0, await QueuedAsync());
    }

    [Fact]
    public async Task A_new_story_is_queued_once_however_often_its_feed_is_fetched()
    {
        Serve("g1");
        await PollAsync();

        Serve("g2", "g1");
        await PollAsync();
        Serve(new FeedResponseOptions(), "Wire, edited", "g2", "g1"); // a new body: fetched and read again in full
        await PollAsync();

        Assert.Equal(1, await QueuedAsync());
        Assert.Contains("Story g2", (await HeadOfQueueAsync()).Post.PlainText);
    }

    [Fact]
    public async Task A_failed_poll_defers_the_next_ones_with_a_growing_backoff()
    {
        Serve("g1");
        await PollAsync();
        _server.Fail(Path, 503);

        await PollAsync();
        var failed = await StateAsync();
        Assert.Equal(1, failed.ConsecutiveFailures);
        Assert.Contains("503", failed.LastError);
        AssertDeferredBy(failed, _feed.Interval);

        await PollAsync();
        Assert.Equal(2, _server.RequestCount(Path)); // not due: not fetched

        _time.Advance(failed.PollNotBefore!.Value - _time.GetUtcNow());
        await PollAsync();
        var again = await StateAsync();
        Assert.Equal(3, _server.RequestCount(Path));
        Assert.Equal(2, again.ConsecutiveFailures);
        AssertDeferredBy(again, _feed.Interval * 2);
    }

    [Fact]
    public async Task A_feed_that_works_again_posts_what_it_missed_and_polls_on_its_regular_turn()
    {
        Serve("g1");
        await PollAsync();
        await FailOnceAsync();

        Serve("g2", "g1");
        await PollAsync();

        var state = await StateAsync();
        Assert.Equal((0, null, null), (state.ConsecutiveFailures, state.LastError, state.PollNotBefore));
        Assert.Equal(1, await QueuedAsync());
    }

    [Fact]
    public async Task A_304_records_the_poll_queues_nothing_and_ends_a_run_of_failures()
    {
        Serve("g1");
        await PollAsync();
        var validators = (await StateAsync()).Validators;
        await FailOnceAsync();

        Serve("g1"); // the same body, so the same ETag: the server answers 304
        await PollAsync();

        var state = await StateAsync();
        Assert.Equal(3, _server.RequestCount(Path));
        Assert.Equal(_time.GetUtcNow(), state.LastPolledAt);
        Assert.Equal((0, null), (state.ConsecutiveFailures, state.PollNotBefore));
        Assert.Equal(validators, state.Validators);
        Assert.Equal(0, await QueuedAsync());
        var history = await new SqlPollHistory(_storage.Database).RecentAsync(_feed.Name, CancellationToken.None);
        Assert.Equal(["unchanged", "failed", "fetched"], history.Select(p => p.Result));
        Assert.Equal((1, true), (history[2].NewStories, history[2].Bytes > 0));
        Assert.NotNull(history[1].Error);
    }

    [Fact]
    public async Task A_server_asking_for_fewer_polls_defers_the_next_one_as_it_asked()
    {
        Serve(new FeedResponseOptions { Headers = new Dictionary<string, string> { ["Cache-Control"] = "max-age=1800" } }, "Wire", "g1");

        await PollAsync();

        Assert.Equal(_time.GetUtcNow().AddMinutes(30), (await StateAsync()).PollNotBefore);
    }

    private void Serve(params string[] guids) => Serve(new FeedResponseOptions(), "Wire", guids);

    /// <summary>
    /// Serves the stories (newest first), each published a minute before the one above it, dated from the fake
    /// clock's start so that the same stories make the same body however far the clock has moved.
    /// </summary>
    private void Serve(FeedResponseOptions options, string title, params string[] guids)
    {
        var items = guids.Select((guid, age) => new RssBuilder.Item(guid, $"Story {guid}", $"Text of {guid}.", _time.Start.AddMinutes(-age - 1)));
        _server.Serve(Path, RssBuilder.Build(title, items), options: options);
    }

    /// <summary>One failed poll, then the clock moved on to when the backoff lets the feed be polled again.</summary>
    private async Task FailOnceAsync()
    {
        _server.Fail(Path, 503);
        await PollAsync();
        _time.Advance((await StateAsync()).PollNotBefore!.Value - _time.GetUtcNow());
    }

    private void AssertDeferredBy(FeedState state, TimeSpan backoff) =>
        Assert.InRange(state.PollNotBefore!.Value - _time.GetUtcNow(), backoff * 0.9, backoff * 1.1);

    private Task PollAsync() => _poller.PollAsync(_feed, CancellationToken.None);

    private Task<FeedState> StateAsync() => _storage.Store.GetFeedStateAsync(_feed.Name, CancellationToken.None);

    private async Task<int> QueuedAsync() =>
        (await _storage.Outbox.DepthByChannelAsync(CancellationToken.None)).GetValueOrDefault(Channel);

    private async Task<OutboxEntry> HeadOfQueueAsync() =>
        await _storage.Outbox.ClaimNextAsync(Channel, "test", _time.GetUtcNow(), TimeSpan.FromMinutes(1), new SendBudget(int.MaxValue, int.MaxValue), CancellationToken.None)
        ?? throw new InvalidOperationException("nothing queued");

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _storage.Dispose();
        await _server.DisposeAsync();
    }
}
