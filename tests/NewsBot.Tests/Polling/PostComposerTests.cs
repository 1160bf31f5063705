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

        var composer = Composer(settings);
        var posts = feed.Channels.Select(channel => composer.Compose(feed, Story, channel)).ToList();

        Assert.Equal(["news", "alerts"], posts.Select(p => p.Channel));
        Assert.Contains("All ferries are cancelled.", posts[0].Post.Html);
        Assert.StartsWith("⚡ <b>BREAKING: Storm closes the harbour</b>", posts[1].Post.Html);
        Assert.All(posts, p => Assert.Equal((1, "k1", false), (p.Priority, p.StoryKey, p.Post.Silent)));
    }

    [Fact]
    public void Posts_are_grouped_only_in_channels_that_group()
    {
        var settings = Settings(("news", new ChannelSettings { ChatId = "@news" }), ("all", new ChannelSettings { ChatId = "@all", Grouping = false }));
        var composer = Composer(settings);

        var grouped = composer.Compose(Feed("news", "all"), Story, "news").Grouping;

        Assert.Null(composer.Compose(Feed("news", "all"), Story, "all").Grouping);
        Assert.Equal(("k1", "BREAKING: Storm closes the harbour", TimeSpan.FromHours(12)), (grouped!.Item.Id, grouped.Item.Title, grouped.Options.Window));
    }

    [Fact]
    public void Breaking_posts_are_pinned_only_when_the_feed_asks()
    {
        var composer = Composer(Settings(("news", new ChannelSettings { ChatId = "@news" })));
        var pinning = Feed("news");
        pinning.PinBreakingFor = TimeSpan.FromMinutes(30);

        Assert.Null(composer.Compose(Feed("news"), Story, "news").Post.PinFor);
        Assert.Equal(TimeSpan.FromMinutes(30), composer.Compose(pinning, Story, "news").Post.PinFor);
        Assert.Null(composer.Compose(pinning, Story with { Title = "Calm day at the harbour" }, "news").Post.PinFor);
    }

    private static FeedSettings Feed(params string[] channels) => new() { Name = "wire", Url = "https://wire.example/rss", Channels = [.. channels] };

    private static NewsBotSettings Settings(params (string Name, ChannelSettings Channel)[] channels) =>
        new() { Channels = channels.ToDictionary(c => c.Name, c => c.Channel) };

    private static PostComposer Composer(NewsBotSettings settings)
    {
        var current = new CurrentSettings(settings);
        return new PostComposer(current, new PostFormatters(current));
    }
}
