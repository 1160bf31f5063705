using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Settings;
using NewsBot.Fetching;
using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Fixtures;

namespace NewsBot.Tests.Fetching;

/// <summary>News sitemaps over HTTP: served as .gz files, and sitemap indexes followed to their newest children.</summary>
public sealed class SitemapFetchTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private FeedServer _server = null!;
    private ServiceProvider _services = null!;
    private FeedFetcher _fetcher = null!;
    private FeedDocuments _documents = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _services = new ServiceCollection().AddLogging().AddSingleton(new CurrentSettings(new())).AddPipeline().BuildServiceProvider();
        _fetcher = _services.GetRequiredService<FeedFetcher>();
        _documents = _services.GetRequiredService<FeedDocuments>();
    }

    [Fact]
    public async Task A_sitemap_served_as_a_gz_file_is_unpacked()
    {
        var xml = Fixture.Text("Sitemaps/nyt-news-1.xml", Fixture.Now);
        _server.Serve("news.xml.gz", GzipFiles.Pack(xml), "application/x-gzip");

        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("news.xml.gz"));

        Assert.Equal(xml, Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal("Supreme Court Rules on Federal Agency Powers", Assert.Single(fetched.Parse().Items).Title);
    }

    [Fact]
    public async Task A_gz_file_that_unpacks_past_the_limit_is_refused()
    {
        _server.Serve("bomb.xml.gz", GzipFiles.Pack(new string(' ', FeedFetcher.MaxBodyBytes + 1)), "application/x-gzip");

        Assert.Contains("larger than", Assert.IsType<FetchResult.Failed>(await Fetch("bomb.xml.gz")).Reason);
    }

    [Fact]
    public async Task A_corrupt_gz_file_fails_with_a_reason()
    {
        _server.Serve("broken.xml.gz", [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff], "application/x-gzip");

        Assert.Contains("gzip", Assert.IsType<FetchResult.Failed>(await Fetch("broken.xml.gz")).Reason);
    }

    [Fact]
    public async Task An_index_is_followed_to_its_newest_children_with_conditional_gets()
    {
        ServeNytIndex();
        var feed = new FeedSettings { Name = "nyt", Url = _server.UrlOf("sitemaps/new/sitemap.xml"), Timeout = Timeout };

        var first = await ReadAsync(feed);
        var second = await ReadAsync(feed);

        Assert.Equal("The New York Times", first.Feed.Title);
        Assert.Equal(
            ["Supreme Court Rules on Federal Agency Powers", "Typhoon Makes Landfall in the Philippines", "EU leaders agree energy price cap after overnight talks", "Asian shares edge higher, yen steadies & bonds rally"],
            first.Feed.Items.Select(i => i.Title));
        Assert.Equal(FeedValidators.None, first.Validators);
        Assert.Equal(first.Feed.Items, second.Feed.Items);
        Assert.Equal(1, _server.NotModifiedCount("sitemaps/new/news-1.xml.gz"));
        Assert.Equal(0, _server.RequestCount("sitemaps/new/news-4.xml.gz"));
    }

    [Fact]
    public async Task An_index_whose_children_all_fail_is_a_failed_read_naming_them()
    {
        _server.Serve("index.xml", Fixture.Text("Sitemaps/nyt-sitemap-index.xml", Fixture.Now), "application/xml");
        var feed = new FeedSettings { Name = "nyt", Url = _server.UrlOf("index.xml"), Timeout = Timeout };

        var error = await Assert.ThrowsAsync<Core.Feeds.FeedFormatException>(() => ReadAsync(feed));

        Assert.Contains("news-1.xml.gz: HTTP 404", error.Message);
    }

    private void ServeNytIndex()
    {
        _server.Serve("sitemaps/new/sitemap.xml", Fixture.Text("Sitemaps/nyt-sitemap-index.xml", Fixture.Now), "application/xml");
        _server.Serve("sitemaps/new/news-1.xml.gz", GzipFiles.Pack(Fixture.Text("Sitemaps/nyt-news-1.xml", Fixture.Now)), "application/x-gzip");
        _server.Serve("sitemaps/new/news-2.xml.gz", GzipFiles.Pack(Fixture.Text("Sitemaps/nyt-news-2.xml", Fixture.Now)), "application/x-gzip");
        _server.Serve("sitemaps/new/news-3.xml.gz", GzipFiles.Pack(Fixture.Text("Sitemaps/reuters-news-sitemap.xml", Fixture.Now)), "application/x-gzip");
    }

    private async Task<FeedDocument> ReadAsync(FeedSettings feed)
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await _fetcher.FetchAsync(feed.Url, Timeout, FeedValidators.None, default));
        return await _documents.ReadAsync(feed, fetched, default);
    }

    private Task<FetchResult> Fetch(string path) => _fetcher.FetchAsync(_server.UrlOf(path), Timeout, FeedValidators.None, default);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }
}
