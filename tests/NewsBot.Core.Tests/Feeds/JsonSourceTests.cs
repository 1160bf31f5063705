using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Scraping;
using NewsBot.Core.Settings;
using NewsBot.Testing.Fixtures;

namespace NewsBot.Core.Tests.Feeds;

/// <summary>JSON documents with no feed, read by dotted paths: an Arc XP-style content API.</summary>
public class JsonSourceTests
{
    private static readonly Uri Api = new("https://www.washingtonpost.example/pf/api/v3/content/fetch/story-feed-query");

    private static JsonSourceSettings ArcXp() => new()
    {
        Items = "data.articles",
        Id = "_id",
        Title = "headlines.basic",
        Link = "canonical_url",
        Summary = "description.basic",
        Published = "first_publish_date",
        Image = "promo_items.basic.url",
    };

    private static ParsedFeed Read(JsonSourceSettings rules, string? json = null) =>
        SourceParser.Parse(Encoding.UTF8.GetBytes(json ?? Fixture.Text("Pages/arc-xp-stories.json", Fixture.Now)), new FeedSettings { Json = rules },
            new FeedParseOptions { BaseUri = Api });

    [Fact]
    public void Each_story_is_read_by_its_paths_with_relative_urls_resolved()
    {
        var feed = Read(ArcXp());

        Assert.Equal("json", feed.Format);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("ZK4TQ3M2NVHZDF6PAXR7LE5Y4A", first.Id);
        Assert.Equal("Fed holds rates steady, signals cuts in the new year", first.Title);
        Assert.Equal("https://www.washingtonpost.example/business/2026/11/30/fed-holds-rates-steady/", first.Link);
        Assert.Equal(Fixture.Now.AddMinutes(-9), first.Published);
        Assert.Contains("<i>early next year</i>", first.SummaryHtml);
        Assert.Equal("https://www.washingtonpost.example/resizer/bike-lanes.jpg", Assert.Single(feed.Items[1].Media).Url);
    }

    [Fact]
    public void An_item_without_a_headline_is_skipped_and_the_rules_counted()
    {
        var feed = Read(ArcXp());

        Assert.Equal("Json:Items 'data.articles': 3 items", feed.RuleMatches[0].ToString());
        Assert.Contains(feed.RuleMatches, m => m.ToString() == "Json:Title 'headlines.basic': 2 of 3 items");
    }

    [Fact]
    public void Paths_index_arrays_and_numbers_read_as_text()
    {
        var json = """{ "items": [ { "id": 42, "links": [ { "href": "/a" } ], "t": "A", "ts": 1700000000 } ] }""";

        var item = Assert.Single(Read(new() { Items = "items", Id = "id", Title = "t", Link = "links.0.href", Published = "ts" }, json).Items);

        Assert.Equal("42", item.Id);
        Assert.Equal("https://www.washingtonpost.example/a", item.Link);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), item.Published);
    }

    [Fact]
    public void An_empty_items_path_reads_a_root_array_and_a_missing_one_matches_nothing()
    {
        var json = """[ { "title": { "rendered": "WordPress &#8217;s REST" }, "link": "https://wp.example/p" } ]""";

        Assert.Equal("WordPress ’s REST", Assert.Single(Read(new() { Items = "", Title = "title.rendered", Link = "link" }, json).Items).Title);
        var missing = ArcXp();
        missing.Items = "data.stories";
        Assert.True(Read(missing).RuleMatches[0].MatchedNothing);
    }

    [Fact]
    public void A_body_that_is_not_json_is_a_format_error()
    {
        Assert.Throws<FeedFormatException>(() => Read(ArcXp(), "<html>moved</html>"));
    }
}
