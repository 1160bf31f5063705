using NewsBot.Core.Settings;
using NewsBot.Testing.Fixtures;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>FetchArticleLead: a sitemap story, headline only, gets its lead and picture from its own page, fetched once.</summary>
public sealed class ArticleLeadPollTests : PollerTestBed
{
    private const string Markets = "markets/asia/asian-shares-edge-higher-yen-steadies-2026-11-30/";
    private const string Europe = "world/europe/eu-leaders-agree-energy-price-cap-after-overnight-talks-2026-11-30/";

    protected override FeedSettings Feed { get; } = new()
    {
        Name = "reuters",
        Url = "arc/outboundfeeds/news-sitemap/",
        Channels = [Channel],
        FirstRunPostLatest = 5,
        FetchArticleLead = true,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var sitemap = Fixture.Text("Sitemaps/reuters-news-sitemap.xml", Time.GetUtcNow()).Replace("https://www.reuters.example", Server.BaseUrl, StringComparison.Ordinal);
        Server.Serve("arc/outboundfeeds/news-sitemap/", sitemap, "application/xml");
        Server.Serve(Markets, Fixture.Text("Pages/reuters-article.html", Time.GetUtcNow()), "text/html; charset=utf-8");
    }

    [Fact]
    public async Task A_headline_only_story_gets_its_pages_lead_and_picture_once()
    {
        await PollAsync();
        await PollAsync();

        var markets = await TakeNextPostAsync();
        Assert.Contains("Asian shares edged higher on Monday as the yen steadied after a volatile week &amp; bond yields fell", markets.Html, StringComparison.Ordinal);
        Assert.Equal(Server.UrlOf("resizer/v2/MARKETS-ASIA.jpg?auth=abc&width=1200"), markets.PhotoUrl);
        // The page of the other story is missing: it is posted with its headline (and its sitemap picture) all the same.
        var europe = await TakeNextPostAsync();
        Assert.Contains("EU leaders agree energy price cap", europe.Html, StringComparison.Ordinal);
        Assert.Equal(1, Server.RequestCount(Markets));
        Assert.Equal(1, Server.RequestCount(Europe));
    }

    [Fact]
    public async Task Without_the_setting_no_page_is_fetched()
    {
        Feed.FetchArticleLead = false;

        await PollAsync();

        Assert.Equal(0, Server.RequestCount(Markets));
        Assert.DoesNotContain("volatile week", (await TakeNextPostAsync()).Html, StringComparison.Ordinal);
    }
}
