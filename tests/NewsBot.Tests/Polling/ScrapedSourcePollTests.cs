using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Polling;
using NewsBot.Storage;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Fixtures;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>Polls of a page with no feed: scraped stories posted like any, and a rule that stops matching warned of once.</summary>
public sealed class ScrapedSourcePollTests : IAsyncLifetime
{
    private const string Channel = "news";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly LogCapture _logs = new();
    private readonly FeedSettings _feed = new()
    {
        Name = "bbc",
        Channels = [Channel],
        FirstRunPostLatest = 5,
        Scrape = new() { Item = "[data-testid=card]", Title = "h2", Link = "a@href", Summary = "p", Published = "time@datetime" },
    };

    private FeedServer _server = null!;
    private TempSqliteStorage _storage = null!;
    private ServiceProvider _services = null!;
    private FeedPoller _poller = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _storage = await TempSqliteStorage.CreateAsync();
        _feed.Url = _server.UrlOf("news");
        var settings = new NewsBotSettings { Channels = { [Channel] = new ChannelSettings { ChatId = "@news" } }, Feeds = [_feed] };
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_logs))
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(new CurrentSettings(settings))
            .AddSingleton<IStoryStore>(_storage.Store)
            .AddSingleton<OutboxSignal>()
            .AddSingleton<NewsBotMetrics>()
            .AddPipeline()
            .AddPolling()
            .BuildServiceProvider();
        _poller = _services.GetRequiredService<FeedPoller>();
    }

    [Fact]
    public async Task Scraped_stories_are_posted_with_their_html_made_safe()
    {
        ServePage("Pages/bbc-front-page.html");

        await _poller.PollAsync(_feed, default);

        var depth = (await _storage.Outbox.DepthByChannelAsync(default)).GetValueOrDefault(Channel);
        Assert.Equal(2, depth);
        var posts = new[] { await ClaimAsync(), await ClaimAsync() };
        Assert.Contains(posts, p => p.Html.Contains("<b>Storm Bert: Flood warnings as rivers &amp; reservoirs overflow</b>", StringComparison.Ordinal));
        Assert.All(posts, p => Assert.DoesNotContain("alert", p.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rule_that_matches_nothing_is_warned_of_once_per_episode()
    {
        _server.Serve("news", "<html><body><p>Redesigned</p></body></html>", "text/html");
        await _poller.PollAsync(_feed, default);
        _server.Serve("news", "<html><body><p>Redesigned again</p></body></html>", "text/html");
        await _poller.PollAsync(_feed, default);
        ServePage("Pages/bbc-front-page.html");
        await _poller.PollAsync(_feed, default);
        _server.Serve("news", "<html><body><p>Broken once more</p></body></html>", "text/html");
        await _poller.PollAsync(_feed, default);

        var warnings = _logs.Warnings.Where(w => w.Contains("matched nothing", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("Feed bbc: rule Scrape:Item '[data-testid=card]'", w, StringComparison.Ordinal));
    }

    private void ServePage(string fixture) => _server.Serve("news", Fixture.Text(fixture, _time.GetUtcNow()), "text/html; charset=utf-8");

    private async Task<Core.Formatting.OutgoingPost> ClaimAsync()
    {
        var entry = await _storage.Outbox.ClaimNextAsync(Channel, "test", _time.GetUtcNow(), TimeSpan.FromMinutes(1), new SendBudget(int.MaxValue, int.MaxValue), default)
            ?? throw new InvalidOperationException("nothing queued");
        await _storage.Outbox.MarkSentAsync(entry.Id, 1, _time.GetUtcNow(), default);
        return entry.Post;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _storage.Dispose();
        await _server.DisposeAsync();
    }
}
