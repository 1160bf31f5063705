using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class StoryFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Stories_come_oldest_first()
    {
        var feed = Feed(
            new FeedItem { Id = "3", Title = "newest", Published = Now.AddHours(-1) },
            new FeedItem { Id = "2", Title = "middle", Published = Now.AddHours(-2) },
            new FeedItem { Id = "1", Title = "oldest", Published = Now.AddHours(-3) });

        var stories = StoryFactory.FromFeed("f", feed, Now);

        Assert.Equal(["oldest", "middle", "newest"], stories.Select(s => s.Title));
    }

    [Fact]
    public void Undated_items_keep_reverse_document_order_and_get_the_first_seen_time()
    {
        var feed = Feed(new FeedItem { Id = "b", Title = "second" }, new FeedItem { Id = "a", Title = "first" });

        var stories = StoryFactory.FromFeed("f", feed, Now);

        Assert.Equal(["first", "second"], stories.Select(s => s.Title));
        Assert.All(stories, s => Assert.Equal(Now, s.Published));
        Assert.All(stories, s => Assert.False(s.HasFeedDate));
    }

    [Fact]
    public void Future_dates_are_clamped_to_now()
    {
        var stories = StoryFactory.FromFeed("f", Feed(new FeedItem { Id = "x", Title = "t", Published = Now.AddDays(3) }), Now);

        Assert.Equal(Now, stories[0].Published);
        Assert.True(stories[0].HasFeedDate);
    }

    [Fact]
    public void Updated_date_stands_in_for_a_missing_published_date()
    {
        var stories = StoryFactory.FromFeed("f", Feed(new FeedItem { Id = "x", Title = "t", Updated = Now.AddHours(-5) }), Now);

        Assert.Equal(Now.AddHours(-5), stories[0].Published);
    }

    [Theory]
    [InlineData("https://x.example/a", "https://x.example/a")]
    [InlineData("/relative/path", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("htpt:/:s://broken", null)]
    public void Only_absolute_http_links_are_kept(string link, string? expected)
    {
        var stories = StoryFactory.FromFeed("f", Feed(new FeedItem { Id = "x", Title = "t", Link = link }), Now);

        Assert.Equal(expected, stories[0].Link);
    }

    [Fact]
    public void Untitled_item_is_headed_by_its_link_and_unidentifiable_items_are_left_out()
    {
        var feed = Feed(new FeedItem { Link = "https://x.example/a" }, new FeedItem { SummaryHtml = "no id, link or title" });

        var stories = StoryFactory.FromFeed("f", feed, Now);

        Assert.Equal("https://x.example/a", Assert.Single(stories).Title);
    }

    private static ParsedFeed Feed(params FeedItem[] items) => new() { Title = "Source", Items = items };
}
