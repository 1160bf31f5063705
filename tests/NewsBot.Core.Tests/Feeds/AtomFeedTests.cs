namespace NewsBot.Core.Tests.Feeds;

public class AtomFeedTests
{
    [Fact]
    public void Atom10_reads_entry_fields()
    {
        var feed = FeedText.Parse(FeedText.Atom("""
            <id>tag:example.com,2024:1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title>
            <link rel="self" href="https://example.com/self"/><link rel="alternate" href="https://example.com/1"/>
            <link rel="enclosure" type="image/png" href="https://cdn.example.com/1.png"/>
            <published>2024-01-02T03:04:05+01:00</published><updated>2024-01-03T00:00:00Z</updated>
            <summary>1 &lt; 2</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content>
            <author><name>Ann</name><email>ann@example.com</email></author><category term="Politics"/>
            """));

        Assert.Equal("atom10", feed.Format);
        Assert.Equal("Feed", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("tag:example.com,2024:1", item.Id);
        Assert.Equal("Bold move", item.Title);
        Assert.Equal("https://example.com/1", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 2, 4, 5, TimeSpan.Zero), item.Published);
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal("1 &lt; 2", item.SummaryHtml);
        Assert.Contains("<p>Body</p>", item.ContentHtml);
        Assert.Equal("Ann", item.Author);
        Assert.Equal(["Politics"], item.Categories);
        Assert.Equal("https://cdn.example.com/1.png", Assert.Single(item.Media).Url);
    }

    [Fact]
    public void First_link_without_rel_is_the_alternate_link()
    {
        Assert.Equal("https://example.com/2", FeedText.SingleItem(FeedText.Atom("<link href=\"https://example.com/2\"/>")).Link);
    }

    [Fact]
    public void Non_url_ids_never_become_links()
    {
        Assert.Null(FeedText.SingleItem(FeedText.Atom("<id>tag:github.com,2008:Repository/1</id><title>t</title>")).Link);
    }

    [Fact]
    public void Links_resolve_against_nested_xml_base()
    {
        var feed = FeedText.Parse(FeedText.Atom(
            "<link href=\"story/1\"/>",
            "xml:base=\"https://example.com/news/\""));

        Assert.Equal("https://example.com/news/story/1", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Atom03_issued_and_modified_map_to_published_and_updated()
    {
        var feed = FeedText.Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
            <entry><title>E</title><link rel="alternate" type="text/html" href="https://example.com/e"/>
            <issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified></entry></feed>
            """);

        Assert.Equal("atom03", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal(2004, item.Published!.Value.Year);
        Assert.Equal(2, item.Updated!.Value.Day);
    }

    [Fact]
    public void Entry_source_elements_do_not_override_entry_fields()
    {
        var item = FeedText.SingleItem(FeedText.Atom("""
            <title>Mine</title><source><title>Theirs</title><id>source-id</id></source><id>mine-id</id>
            """));

        Assert.Equal("Mine", item.Title);
        Assert.Equal("mine-id", item.Id);
    }
}
