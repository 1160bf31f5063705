using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Formatting;
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

/// <summary>FetchArticleLead: a sitemap story, headline only, gets its lead and picture from its own page, fetched once.</summary>
public sealed class ArticleLeadPollTests : IAsyncLifetime
{
    private const string Channel = "news";
    private const string Markets = "markets/asia/asian-shares-edge-higher-yen-steadies-2026-11-30/";
    private const string Europe = "world/europe/eu-leaders-agree-energy-price-cap-after-overnight-talks-2026-11-30/";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedSettings _feed = new() { Name = "reuters", Channels = [Channel], FirstRunPostLatest = 5, FetchArticleLead = true };
    private FeedServer _server = null!;
    private TempSqliteStorage _storage = null!;
    private ServiceProvider _services = null!;
    private FeedPoller _poller = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _storage = await TempSqliteStorage.CreateAsync();
        _feed.Url = _server.UrlOf("arc/outboundfeeds/news-sitemap/");
        var settings = new NewsBotSettings { Channels = { [Channel] = new ChannelSettings { ChatId = "@news" } }, Feeds = [_feed] };
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(new CurrentSettings(settings))
            .AddSingleton<IStoryStore>(_storage.Store)
            .AddSingleton<OutboxSignal>()
            .AddSingleton<NewsBotMetrics>()
            .AddPipeline()
            .AddPolling()
            .BuildServiceProvider();
        _poller = _services.GetRequiredService<FeedPoller>();
        var sitemap = Fixture.Text("Sitemaps/reuters-news-sitemap.xml", _time.GetUtcNow()).Replace("https://www.reuters.example", _server.BaseUrl, StringComparison.Ordinal);
        _server.Serve("arc/outboundfeeds/news-sitemap/", sitemap, "application/xml");
        _server.Serve(Markets, Fixture.Text("Pages/reuters-article.html", _time.GetUtcNow()), "text/html; charset=utf-8");
    }

    [Fact]
    public async Task A_headline_only_story_gets_its_pages_lead_and_picture_once()
    {
        await _poller.PollAsync(_feed, default);
        await _poller.PollAsync(_feed, default);

        var markets = await ClaimAsync();
        Assert.Contains("Asian shares edged higher on Monday as the yen steadied after a volatile week &amp; bond yields fell", markets.Html, StringComparison.Ordinal);
        Assert.Equal(_server.UrlOf("resizer/v2/MARKETS-ASIA.jpg?auth=abc&width=1200"), markets.PhotoUrl);
        // The page of the other story is missing: it is posted with its headline (and its sitemap picture) all the same.
        var europe = await ClaimAsync();
        Assert.Contains("EU leaders agree energy price cap", europe.Html, StringComparison.Ordinal);
        Assert.Equal(1, _server.RequestCount(Markets));
        Assert.Equal(1, _server.RequestCount(Europe));
    }

    [Fact]
    public async Task Without_the_setting_no_page_is_fetched()
    {
        _feed.FetchArticleLead = false;

        await _poller.PollAsync(_feed, default);

        Assert.Equal(0, _server.RequestCount(Markets));
        Assert.DoesNotContain("volatile week", (await ClaimAsync()).Html, StringComparison.Ordinal);
    }

    private async Task<OutgoingPost> ClaimAsync()
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
