using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class StoryKeyTests
{
    [Fact]
    public void Key_is_stable_hex_sha256()
    {
        var item = new FeedItem { Id = "urn:bbc:123" };

        var key = StoryKey.For("bbc", item);

        Assert.Equal(key, StoryKey.For("bbc", item with { Title = "changed title" }));
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void Same_guid_in_two_feeds_gives_two_keys()
    {
        // Numeric guids collide across feeds; seen-ness is per feed.
        var item = new FeedItem { Id = "12345" };

        Assert.NotEqual(StoryKey.For("a", item), StoryKey.For("b", item));
    }

    [Fact]
    public void Falls_back_to_link_then_title()
    {
        var byLink = new FeedItem { Link = "https://x.example/a", Title = "T" };
        var byTitle = new FeedItem { Title = "T" };

        Assert.Equal(StoryKey.For("f", byLink), StoryKey.For("f", byLink with { Title = "Other" }));
        Assert.NotEqual(StoryKey.For("f", byLink), StoryKey.For("f", byTitle));
        Assert.NotNull(StoryKey.For("f", byTitle));
    }

    [Fact]
    public void Parts_are_kept_apart()
    {
        Assert.NotEqual(StoryKey.For("ab", new FeedItem { Id = "c" }), StoryKey.For("a", new FeedItem { Id = "bc" }));
    }

    [Fact]
    public void Item_with_nothing_to_identify_it_has_no_key()
    {
        Assert.Null(StoryKey.For("f", new FeedItem { Id = " ", SummaryHtml = "text only" }));
    }
}
