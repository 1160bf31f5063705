using NewsBot.Core.Settings;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Fixtures;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>Polls of a sitemap index: its newest child is read, conditionally, and a story added there is posted.</summary>
public sealed class SitemapIndexPollTests : PollerTestBed
{
    private const string Child = "sitemaps/new/news-1.xml.gz";

    protected override FeedSettings Feed { get; } = new() { Name = "nyt", Url = "sitemaps/new/sitemap.xml", Channels = [Channel] };

    [Fact]
    public async Task A_story_added_to_a_child_of_an_unchanged_index_is_posted()
    {
        Server.Serve("sitemaps/new/sitemap.xml", Fixture.Text("Sitemaps/nyt-sitemap-index.xml", Time.GetUtcNow()), "application/xml");
        Server.Serve(Child, GzipFiles.Pack(Fixture.Text("Sitemaps/nyt-news-1.xml", Time.GetUtcNow())), "application/x-gzip");
        await PollAsync();
        await PollAsync();

        Server.Serve(Child, GzipFiles.Pack(Fixture.Text("Sitemaps/reuters-news-sitemap.xml", Time.GetUtcNow())), "application/x-gzip");
        await PollAsync();

        Assert.Equal(1, Server.NotModifiedCount(Child));
        Assert.Equal(2, await QueuedAsync());
        Assert.Contains("EU leaders agree energy price cap", (await TakeNextPostAsync()).Html + (await TakeNextPostAsync()).Html, StringComparison.Ordinal);
    }
}
