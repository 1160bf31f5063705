using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Testing.Fixtures;

namespace NewsBot.Core.Tests.Feeds;

/// <summary>Google News sitemaps and sitemap indexes, read like feeds.</summary>
public class SitemapTests
{

    private static ParsedFeed Parse(string fixture, string? baseUrl = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(Fixture.Text(fixture, Fixture.Now)),
            new FeedParseOptions { BaseUri = baseUrl is null ? null : new Uri(baseUrl) });

    [Fact]
    public void A_reuters_like_news_sitemap_reads_link_headline_date_and_picture()
    {
        var feed = Parse("Sitemaps/reuters-news-sitemap.xml");

        Assert.Equal("sitemap", feed.Format);
        Assert.Equal("Reuters", feed.Title);
        Assert.Null(feed.Problem);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://www.reuters.example/world/europe/eu-leaders-agree-energy-price-cap-after-overnight-talks-2026-11-30/", first.Link);
        Assert.Equal("EU leaders agree energy price cap after overnight talks", first.Title);
        Assert.Equal(Fixture.Now.AddMinutes(-12), first.Published);
        Assert.Equal(Fixture.Now.AddMinutes(-4), first.Updated);
        Assert.Equal("https://www.reuters.example/resizer/v2/ABCDEF123456.jpg?auth=0f1e2d&width=1200&quality=80", Assert.Single(first.Media).Url);
        Assert.True(first.Media[0].IsImage);
        Assert.Equal("Asian shares edge higher, yen steadies & bonds rally", feed.Items[1].Title);
    }

    [Fact]
    public void A_cnn_like_news_sitemap_reads_keywords_as_categories_and_local_offsets()
    {
        var feed = Parse("Sitemaps/cnn-news-sitemap.xml");

        Assert.Equal(3, feed.Items.Count);
        Assert.Equal(["weather", "winter storms", "travel", "northeast", "snow"], feed.Items[0].Categories);
        Assert.Equal(Fixture.Now.AddMinutes(-7), feed.Items[0].Published);
        // A video thumbnail is not an image:image; the story has no picture.
        Assert.Empty(feed.Items[1].Media);
    }

    [Fact]
    public void A_sitemap_index_lists_its_children_resolved_with_their_lastmod_and_no_items()
    {
        var feed = Parse("Sitemaps/nyt-sitemap-index.xml", "https://www.nytimes.example/sitemaps/new/sitemap.xml.gz");

        Assert.Equal("sitemapindex", feed.Format);
        Assert.Empty(feed.Items);
        Assert.Equal(4, feed.Sitemaps.Count);
        Assert.Equal("https://www.nytimes.example/sitemaps/new/news-1.xml.gz", feed.Sitemaps[1].Url);
        Assert.Equal(Fixture.Now.AddMinutes(-3), feed.Sitemaps[1].LastModified);
    }

    [Fact]
    public void A_sitemap_without_namespace_declarations_still_reads()
    {
        var feed = FeedText.Parse("""
            <urlset><url><loc>https://news.example/a</loc><news:news><news:title>Plain</news:title>
            <news:publication_date>2031-03-14</news:publication_date></news:news></url></urlset>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal("https://news.example/a", item.Link);
        Assert.Equal("Plain", item.Title);
        Assert.Equal(new DateTimeOffset(2031, 3, 14, 0, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void A_sitemap_in_jsonl_has_its_urls_as_entries_and_an_index_none()
    {
        var sitemap = FeedJsonl.ToJsonLine("cnn.xml", 1, Parse("Sitemaps/cnn-news-sitemap.xml"), null);
        var index = FeedJsonl.ToJsonLine("index.xml", 1, Parse("Sitemaps/nyt-sitemap-index.xml"), null);

        Assert.Contains("\"format\":\"sitemap\"", sitemap, StringComparison.Ordinal);
        Assert.Contains("\"entry_count\":3", sitemap, StringComparison.Ordinal);
        Assert.Contains("\"entry_count\":0", index, StringComparison.Ordinal);
        Assert.Contains("\"bozo\":false", index, StringComparison.Ordinal);
    }
}
