using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public class JsonFeedTests
{
    [Fact]
    public void Json_feed_11_reads_items()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "J &amp; Co", "home_page_url": "https://example.com/",
             "items": [{"id": 42, "url": "https://example.com/42", "title": "Answer", "content_html": "<p>Body</p>",
                        "date_published": "2024-05-01T10:00:00-04:00", "authors": [{"name": "Ann"}], "tags": ["a"],
                        "image": "https://cdn.example.com/42.jpg", "attachments": [{"url": "https://cdn.example.com/42.mp3", "mime_type": "audio/mpeg"}]}]}
            """);

        Assert.Equal("json11", feed.Format);
        Assert.Equal("J & Co", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("42", item.Id);
        Assert.Equal("https://example.com/42", item.Link);
        Assert.Equal("<p>Body</p>", item.SummaryHtml);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 14, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("Ann", item.Author);
        Assert.Equal(["a"], item.Categories);
        Assert.Equal(["https://cdn.example.com/42.jpg", "https://cdn.example.com/42.mp3"], item.Media.Select(m => m.Url));
    }

    [Fact]
    public void Json_feed_10_author_and_external_url()
    {
        var item = Assert.Single(Parse("""
            {"version": "https://jsonfeed.org/version/1", "items": [{"id": "x", "external_url": "https://example.com/x", "author": {"name": "Bo"}, "summary": "a < b"}]}
            """).Items);

        Assert.Equal("https://example.com/x", item.Link);
        Assert.Equal("Bo", item.Author);
        Assert.Equal("a &lt; b", item.SummaryHtml);
    }

    [Fact]
    public void Unknown_version_still_reads_items_and_reports_a_problem()
    {
        var feed = Parse("""{"version": "1.0", "items": [{"id": "1", "title": "T"}]}""");

        Assert.Single(feed.Items);
        Assert.NotNull(feed.Problem);
    }

    [Fact]
    public void Broken_json_is_a_problem_not_an_exception()
    {
        Assert.NotNull(Parse("""{"version": "https://jsonfeed.org/version/1", "items": [""").Problem);
    }

    private static ParsedFeed Parse(string json) => FeedParser.Parse(Encoding.UTF8.GetBytes(json));
}
