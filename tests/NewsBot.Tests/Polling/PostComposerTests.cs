using NewsBot.Core.Filtering;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Hosting;
using NewsBot.Polling;

namespace NewsBot.Tests.Polling;

public class PostComposerTests
{
    private static readonly Story Story = new()
    {
        Key = "k1",
        FeedName = "wire",
        Title = "BREAKING: Storm closes the harbour",
        SummaryHtml = "<p>All ferries are cancelled. More follows.</p>",
        Link = "https://wire.example/storm",
        Published = DateTimeOffset.UtcNow,
        Categories = ["Weather"],
    };

    [Fact]
    public void One_post_per_channel_with_the_channels_template()
    {
        var settings = Settings(("news", new ChannelSettings { ChatId = "@news" }), ("alerts", new ChannelSettings { ChatId = "@alerts", Template = "⚡ <b>{{ title }}</b>" }));
        var feed = Feed("news", "alerts");

        var posts = new PostComposer(new CurrentSettings(settings)).Compose(feed, Story).ToList();

        Assert.Equal(["news", "alerts"], posts.Select(p => p.Channel));
        Assert.Contains("All ferries are cancelled.", posts[0].Post.Html);
        Assert.StartsWith("⚡ <b>BREAKING: Storm closes the harbour</b>", posts[1].Post.Html);
        Assert.All(posts, p => Assert.Equal((1, "k1", false), (p.Priority, p.StoryKey, p.Post.Silent)));
    }

    [Fact]
    public void Feed_and_channel_filters_both_apply()
    {
        var settings = Settings(
            ("news", new ChannelSettings { ChatId = "@news" }),
            ("sport", new ChannelSettings { ChatId = "@sport", Filter = new StoryFilterOptions { IncludeWords = ["football"] } }));

        var composer = new PostComposer(new CurrentSettings(settings));

        Assert.Equal(["news"], composer.Compose(Feed("news", "sport"), Story).Select(p => p.Channel));
        var excluding = Feed("news", "sport");
        excluding.Filter = new StoryFilterOptions { ExcludeWords = ["harbour"] };
        Assert.Empty(composer.Compose(excluding, Story));
    }

    [Fact]
    public void Breaking_posts_are_pinned_only_when_the_feed_asks()
    {
        var composer = new PostComposer(new CurrentSettings(Settings(("news", new ChannelSettings { ChatId = "@news" }))));
        var pinning = Feed("news");
        pinning.PinBreakingFor = TimeSpan.FromMinutes(30);

        Assert.Null(composer.Compose(Feed("news"), Story).Single().Post.PinFor);
        Assert.Equal(TimeSpan.FromMinutes(30), composer.Compose(pinning, Story).Single().Post.PinFor);
        Assert.Null(composer.Compose(pinning, Story with { Title = "Calm day at the harbour" }).Single().Post.PinFor);
    }

    private static FeedSettings Feed(params string[] channels) => new() { Name = "wire", Url = "https://wire.example/rss", Channels = [.. channels] };

    private static NewsBotSettings Settings(params (string Name, ChannelSettings Channel)[] channels) =>
        new() { Channels = channels.ToDictionary(c => c.Name, c => c.Channel) };
}
