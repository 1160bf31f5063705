using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Scraping;
using NewsBot.Core.Settings;
using NewsBot.Testing.Fixtures;

namespace NewsBot.Core.Tests.Feeds;

/// <summary>Pages with no feed, read by CSS selectors: a BBC-like front page.</summary>
public class ScrapeTests
{
    private static readonly Uri Page = new("https://www.bbc.example/news");

    private static ScrapeSettings Bbc() => new()
    {
        Item = "[data-testid=card]",
        Title = "[data-testid=card-headline]",
        Link = "a@href",
        Summary = "[data-testid=card-description]",
        Published = "time@datetime",
        Image = "img@src",
    };

    private static ParsedFeed Scrape(ScrapeSettings rules, string fixture = "Pages/bbc-front-page.html") =>
        SourceParser.Parse(Encoding.UTF8.GetBytes(Fixture.Text(fixture, Fixture.Now)), new FeedSettings { Scrape = rules }, new FeedParseOptions { BaseUri = Page });

    [Fact]
    public void Each_card_becomes_an_item_with_resolved_link_date_and_picture()
    {
        var feed = Scrape(Bbc());

        Assert.Equal("html", feed.Format);
        Assert.Equal("Home - BBC News", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("Storm Bert: Flood warnings as rivers & reservoirs overflow", first.Title);
        Assert.Equal("https://www.bbc.example/news/articles/c0k4x1y2z3o", first.Link);
        Assert.Equal(Fixture.Now.AddMinutes(-18), first.Published);
        Assert.Equal("https://ichef.bbci.example/ace/standard/480/cpsprodpb/4a1b/live/storm.jpg.webp", Assert.Single(first.Media).Url);
        Assert.Contains("<b>heavy rain</b>", first.SummaryHtml);
        Assert.Equal("https://www.bbc.example/news/world-europe-67001234", feed.Items[1].Link);
    }

    [Fact]
    public void A_card_with_no_link_is_skipped_but_counted_as_a_candidate()
    {
        var feed = Scrape(Bbc());

        Assert.DoesNotContain(feed.Items, i => i.Title!.Contains("newsletter", StringComparison.Ordinal));
        Assert.Equal(
            ["Scrape:Item '[data-testid=card]': 3 items", "Scrape:Title '[data-testid=card-headline]': 3 of 3 items", "Scrape:Link 'a@href': 2 of 3 items",
             "Scrape:Summary '[data-testid=card-description]': 2 of 3 items", "Scrape:Published 'time@datetime': 2 of 3 items", "Scrape:Image 'img@src': 1 of 3 items"],
            feed.RuleMatches.Select(m => m.ToString()));
    }

    [Fact]
    public void A_rule_that_matches_nothing_is_reported_as_such()
    {
        var rules = Bbc();
        rules.Item = "article.story";

        var feed = Scrape(rules);

        Assert.Empty(feed.Items);
        Assert.True(Assert.Single(feed.RuleMatches, m => m.Key == "Scrape:Item").MatchedNothing);
    }

    [Fact]
    public void An_attribute_alone_reads_the_item_element_and_base_href_is_honoured()
    {
        var html = """
            <html><head><base href="https://cdn.example/site/"></head><body>
            <a class="teaser" href="story-1.html" title="A &lt;b&gt;headline&lt;/b&gt;">x</a></body></html>
            """;

        var item = Assert.Single(SourceParser.Parse(Encoding.UTF8.GetBytes(html),
            new FeedSettings { Scrape = new() { Item = "a.teaser", Title = "@title", Link = "@href" } }, new FeedParseOptions { BaseUri = Page }).Items);

        Assert.Equal("https://cdn.example/site/story-1.html", item.Link);
        Assert.Equal("A <b>headline</b>", item.Title);
    }
}
