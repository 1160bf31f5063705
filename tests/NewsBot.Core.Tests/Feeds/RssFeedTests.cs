using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public class RssFeedTests
{
    [Fact]
    public void Rss20_reads_channel_and_item_fields()
    {
        var feed = FeedText.Parse(FeedText.Rss("""
            <title>Storm &amp; rain</title><link>https://example.com/a</link>
            <guid isPermaLink="false">id-1</guid><pubDate>Sat, 16 Dec 2023 14:02:33 GMT</pubDate>
            <dc:date>2023-12-17T00:00:00Z</dc:date>
            <description>&lt;p&gt;Short&lt;/p&gt;</description><content:encoded><![CDATA[<p>Long</p>]]></content:encoded>
            <author>jo@example.com (Jo Bloggs)</author><category>Weather</category><dc:subject>Storms</dc:subject>
            """).Replace("<link>https://example.com/</link>", "<link>https://example.com/</link><ttl>15</ttl>"));

        Assert.Equal("rss20", feed.Format);
        Assert.Equal("Channel", feed.Title);
        Assert.Equal("https://example.com/", feed.Link);
        Assert.Equal(TimeSpan.FromMinutes(15), feed.TimeToLive);
        Assert.Equal("utf-8", feed.Encoding);
        Assert.Null(feed.Problem);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Storm & rain", item.Title);
        Assert.Equal("https://example.com/a", item.Link);
        Assert.Equal("id-1", item.Id);
        Assert.Equal(new DateTimeOffset(2023, 12, 16, 14, 2, 33, TimeSpan.Zero), item.Published);
        Assert.Equal(new DateTimeOffset(2023, 12, 17, 0, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal("<p>Short</p>", item.SummaryHtml);
        Assert.Equal("<p>Long</p>", item.ContentHtml);
        Assert.Equal("Jo Bloggs", item.Author);
        Assert.Equal(["Weather", "Storms"], item.Categories);
    }

    [Fact]
    public void Media_comes_from_enclosures_media_rss_and_itunes_without_duplicates()
    {
        var item = FeedText.SingleItem(FeedText.Rss("""
            <enclosure url="https://cdn.example.com/a.mp3" type="audio/mpeg" length="1"/>
            <media:group><media:content url="https://cdn.example.com/b.jpg" medium="image"/>
              <media:thumbnail url="https://cdn.example.com/c.jpg"/></media:group>
            <media:content url="https://cdn.example.com/b.jpg" type="image/jpeg"/>
            <itunes:image href="https://cdn.example.com/d.png"/>
            """));

        Assert.Equal(
            [new FeedMedia("https://cdn.example.com/a.mp3", "audio/mpeg"), new FeedMedia("https://cdn.example.com/b.jpg", "image"),
             new FeedMedia("https://cdn.example.com/c.jpg", "image") { IsThumbnail = true }, new FeedMedia("https://cdn.example.com/d.png", "image")],
            item.Media);
    }

    [Theory]
    [InlineData("<guid>https://example.com/p/1</guid>", "https://example.com/p/1")]
    [InlineData("<guid isPermaLink=\"true\">https://example.com/p/1</guid>", "https://example.com/p/1")]
    [InlineData("<guid isPermaLink=\"false\">https://example.com/p/1</guid>", null)]
    [InlineData("<guid>urn:bbc:podcast:m000sjxt</guid>", null)]
    [InlineData("<guid>tag:example.com,2020:1</guid>", null)]
    public void Guid_is_the_link_only_when_it_is_an_http_permalink(string guid, string? link)
    {
        var item = FeedText.SingleItem(FeedText.Rss($"<title>t</title>{guid}"));

        Assert.Equal(link, item.Link);
        Assert.NotNull(item.Id);
    }

    [Theory]
    [InlineData("<description></description>")]
    [InlineData("")]
    public void Missing_or_empty_description_falls_back_to_the_content(string description)
    {
        var item = FeedText.SingleItem(FeedText.Rss($"{description}<content:encoded>&lt;b&gt;Body&lt;/b&gt;</content:encoded>"));

        Assert.Equal("<b>Body</b>", item.SummaryHtml);
    }

    [Fact]
    public void Media_title_and_description_do_not_replace_the_title_and_description()
    {
        var item = FeedText.SingleItem(FeedText.Rss("""
            <title>Headline</title><description>Story</description>
            <media:content url="https://cdn.example.com/p.jpg"><media:title>Photo</media:title><media:description>Caption</media:description></media:content>
            """));

        Assert.Equal("Headline", item.Title);
        Assert.Equal("Story", item.SummaryHtml);
    }

    [Fact]
    public void Media_description_is_the_summary_when_there_is_no_other_text()
    {
        var item = FeedText.SingleItem(FeedText.Rss("<media:group><media:description>Video &lt;3</media:description></media:group>"));

        Assert.Equal("Video &lt;3", item.SummaryHtml);
    }

    [Fact]
    public void Html_in_titles_is_stripped()
    {
        var item = FeedText.SingleItem(FeedText.Rss("<title>&lt;b&gt;Big&lt;/b&gt; &#8216;news&#8217;</title>"));

        Assert.Equal("Big \u2018news\u2019", item.Title);
    }

    [Fact]
    public void Items_nested_inside_items_are_separate_entries()
    {
        var feed = FeedText.Parse(FeedText.Rss("<title>Outer</title><item /><link>https://example.com/outer</link>"));

        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Outer", feed.Items[0].Title);
        Assert.Equal("https://example.com/outer", feed.Items[0].Link);
        Assert.Null(feed.Items[1].Title);
    }

    [Fact]
    public void A_default_namespace_on_rss_is_read_as_rss()
    {
        var feed = FeedText.Parse("""
            <rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>C</title>
            <item><title>T</title><link>https://example.com/t</link></item></channel></rss>
            """);

        Assert.Equal("T", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Whitespace_around_namespace_uris_is_tolerated()
    {
        var feed = FeedText.Parse("""
            <rss version="2.0" xmlns:content=" http://purl.org/rss/1.0/modules/content/ "><channel>
            <item><title>T</title><content:encoded>Body</content:encoded></item></channel></rss>
            """);

        Assert.Equal("Body", Assert.Single(feed.Items).ContentHtml);
    }

    [Fact]
    public void Rss10_rdf_reads_items_outside_the_channel_with_dc_date_as_updated()
    {
        var feed = FeedText.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://example.com/"><title>RDF</title><link>https://example.com/</link></channel>
            <item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link><dc:date>2022-12-17</dc:date></item>
            </rdf:RDF>
            """);

        Assert.Equal("rss10", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://example.com/1", item.Id);
        Assert.Null(item.Published);
        Assert.Equal(new DateTimeOffset(2022, 12, 17, 0, 0, 0, TimeSpan.Zero), item.Updated);
    }

    [Theory]
    [InlineData("0.91", "rss091u")]
    [InlineData("0.92", "rss092")]
    [InlineData("2.0", "rss20")]
    [InlineData("", "rss")]
    public void Rss_versions_use_feedparser_names(string version, string format)
    {
        Assert.Equal(format, FeedText.Parse($"<rss version=\"{version}\"><channel><title>C</title></channel></rss>").Format);
    }

    [Fact]
    public void Relative_links_resolve_against_the_base_uri_option()
    {
        var feed = FeedText.Parse(FeedText.Rss("<link>/story/1</link>"), new FeedParseOptions { BaseUri = new Uri("https://example.com/feed.xml") });

        Assert.Equal("https://example.com/story/1", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Relative_links_stay_relative_without_a_base()
    {
        Assert.Equal("/story/1", FeedText.SingleItem(FeedText.Rss("<link>/story/1</link>")).Link);
    }
}
