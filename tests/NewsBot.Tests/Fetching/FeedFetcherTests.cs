using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Fetching;
using NewsBot.Hosting;
using NewsBot.Testing.Feeds;

namespace NewsBot.Tests.Fetching;

/// <summary>The fetcher against a loopback server answering the ways real feed servers do.</summary>
public sealed class FeedFetcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly string Body = RssBuilder.Build("Wire", [new("g1", "Story", "Text.", DateTimeOffset.UtcNow)]);
    private FeedServer _server = null!;
    private ServiceProvider _services = null!;
    private FeedFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _services = new ServiceCollection().AddLogging().AddSingleton(new CurrentSettings(new())).AddPipeline().BuildServiceProvider();
        _fetcher = _services.GetRequiredService<FeedFetcher>();
    }

    [Fact]
    public async Task Conditional_get_answers_not_modified_the_second_time()
    {
        _server.Serve("feed.xml", Body);

        var first = Assert.IsType<FetchResult.Fetched>(await Fetch("feed.xml"));
        var second = await Fetch("feed.xml", first.Validators);

        Assert.NotNull(first.Validators.ETag);
        Assert.IsType<FetchResult.NotModified>(second);
        Assert.Equal(2, _server.RequestCount("feed.xml"));
    }

    [Fact]
    public async Task The_same_body_without_validators_counts_as_unchanged()
    {
        _server.Serve("feed.xml", Body);
        var first = Assert.IsType<FetchResult.Fetched>(await Fetch("feed.xml"));

        var again = await Fetch("feed.xml", first.Validators with { ETag = null });

        Assert.IsType<FetchResult.NotModified>(again);
    }

    [Fact]
    public async Task An_empty_200_counts_as_unchanged()
    {
        _server.Serve("feed.xml", []);

        Assert.IsType<FetchResult.NotModified>(await Fetch("feed.xml"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_bodies_are_decoded(string encoding)
    {
        _server.Serve("feed.xml", Body, options: new() { Encoding = encoding });

        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("feed.xml"));

        Assert.Equal(Body, Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public async Task Link_headers_name_the_websub_hub_and_topic()
    {
        var link = "<https://hub.example/>; rel=\"hub\", </feeds/self.xml>; rel=\"self\"";
        _server.Serve("feed.xml", Body, options: new() { Headers = new Dictionary<string, string> { ["Link"] = link } });

        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("feed.xml"));

        Assert.Equal("https://hub.example/", fetched.Hub);
        Assert.Equal(_server.UrlOf("feeds/self.xml"), fetched.Self);
    }

    [Fact]
    public async Task A_permanent_redirect_is_followed_and_reported()
    {
        _server.Serve("new.xml", Body);
        _server.Redirect("old.xml", _server.UrlOf("new.xml"), 301);

        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("old.xml"));

        Assert.Equal(_server.UrlOf("new.xml"), fetched.MovedTo?.AbsoluteUri);
        Assert.Equal(_server.UrlOf("new.xml"), fetched.BaseUri?.AbsoluteUri);
    }

    [Fact]
    public async Task A_temporary_redirect_is_followed_but_not_reported_as_a_move()
    {
        _server.Serve("new.xml", Body);
        _server.Redirect("hop.xml", _server.UrlOf("new.xml"), 301);
        _server.Redirect("old.xml", _server.UrlOf("hop.xml"), 302);

        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("old.xml"));

        Assert.Null(fetched.MovedTo);
    }

    [Fact]
    public async Task More_than_five_redirects_fail()
    {
        for (var i = 0; i < 6; i++)
        {
            _server.Redirect($"r{i}.xml", _server.UrlOf($"r{i + 1}.xml"));
        }
        _server.Serve("r6.xml", Body);

        Assert.Contains("more than 5 redirects", Assert.IsType<FetchResult.Failed>(await Fetch("r0.xml")).Reason);
    }

    [Fact]
    public async Task Retry_after_of_a_503_is_reported()
    {
        _server.Fail("feed.xml", 503, new() { Headers = new Dictionary<string, string> { ["Retry-After"] = "120" } });

        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("feed.xml"));

        Assert.Equal(TimeSpan.FromSeconds(120), failed.RetryAfter);
        Assert.Contains("503", failed.Reason);
    }

    [Fact]
    public async Task Cache_control_max_age_is_reported()
    {
        _server.Serve("feed.xml", Body, options: new() { Headers = new Dictionary<string, string> { ["Cache-Control"] = "public, max-age=600" } });

        Assert.Equal(TimeSpan.FromMinutes(10), (await Fetch("feed.xml")).FreshFor);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        _server.Serve("big.xml", new byte[FeedFetcher.MaxBodyBytes + 1]);

        Assert.Contains("larger than", Assert.IsType<FetchResult.Failed>(await Fetch("big.xml")).Reason);
    }

    [Fact]
    public async Task A_gzip_bomb_is_stopped_at_the_limit()
    {
        // 64 MB of zeros compress to about 64 KB: the limit must bound what is decompressed, not what is sent.
        _server.Serve("bomb.xml", new byte[64 * 1024 * 1024], options: new() { Encoding = "gzip" });

        Assert.Contains("larger than", Assert.IsType<FetchResult.Failed>(await Fetch("bomb.xml")).Reason);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        _server.Serve("slow.xml", Body, options: new() { Delay = TimeSpan.FromSeconds(5) });

        var failed = await _fetcher.FetchAsync(_server.UrlOf("slow.xml"), TimeSpan.FromMilliseconds(300), FeedValidators.None, default);

        Assert.Contains("timed out", Assert.IsType<FetchResult.Failed>(failed).Reason);
    }

    [Fact]
    public async Task Requests_say_who_is_asking()
    {
        _server.Serve("feed.xml", Body);

        await Fetch("feed.xml");

        Assert.StartsWith("NewsBot/", _server.LastUserAgent);
    }

    [Fact]
    public async Task A_local_file_is_read_and_unchanged_the_second_time()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, Body);

        var first = Assert.IsType<FetchResult.Fetched>(await _fetcher.FetchAsync(path, Timeout, FeedValidators.None, default));
        var second = await _fetcher.FetchAsync(path, Timeout, first.Validators, default);

        Assert.IsType<FetchResult.NotModified>(second);
        File.Delete(path);
    }

    private Task<FetchResult> Fetch(string path, FeedValidators? previous = null) =>
        _fetcher.FetchAsync(_server.UrlOf(path), Timeout, previous ?? FeedValidators.None, default);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }
}
