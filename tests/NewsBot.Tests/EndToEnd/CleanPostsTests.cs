using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>Feeds nobody tuned the bot for, through the real binary to the fake Bot API: the posts read clean.</summary>
public sealed class CleanPostsTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public override Task InitializeAsync() => StartFakesAsync("@news");

    [Fact]
    public async Task Footers_labels_follow_links_and_mojibake_never_reach_a_post()
    {
        var now = DateTimeOffset.UtcNow;
        Feeds.Serve("wordpress.xml", CleanPostsFeeds.WordPress(now));
        Feeds.Serve("aggregator.xml", CleanPostsFeeds.Aggregator(now));
        Feeds.Serve("podcast.xml", CleanPostsFeeds.Podcast(now));
        Feeds.Serve("standard.xml", CleanPostsFeeds.DoubleEncoded(now));
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token,
        [
            new("wordpress", Feeds.UrlOf("wordpress.xml"), FirstRunPostLatest: 3),
            new("aggregator", Feeds.UrlOf("aggregator.xml"), FirstRunPostLatest: 3),
            new("podcast", Feeds.UrlOf("podcast.xml"), FirstRunPostLatest: 3),
            new("standard", Feeds.UrlOf("standard.xml"), FirstRunPostLatest: 3),
        ]);

        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => Bot.Messages.Count >= 12, Patience, "three posts from each feed");

        Assert.All(Bot.Messages, post =>
        {
            Assert.DoesNotContain("appeared first on", post.PlainText);
            Assert.DoesNotContain("[…]", post.PlainText);
            Assert.DoesNotContain("Comments", post.PlainText);
            Assert.DoesNotContain("Spotify", post.PlainText);
            Assert.DoesNotContain("Ã", post.PlainText);
            Assert.DoesNotContain("â€", post.PlainText);
        });
        var wordpress = Bot.Messages.Where(m => m.PlainText.Contains("Boston.com", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, wordpress.Count);
        Assert.All(wordpress, post => Assert.EndsWith("?w=1024", post.Photo));
        Assert.Contains(wordpress, post => post.PlainText.Contains("after a long debate about parking.\n", StringComparison.Ordinal));
        Assert.Contains(Bot.Messages, post => post.PlainText.StartsWith("Bosnier in Österreich 1: \"Kämpfen lohnt sich\"", StringComparison.Ordinal));
        Assert.Contains(Bot.Messages, post => post.PlainText.Contains("größte Hürde war die Sprache.", StringComparison.Ordinal));
    }
}
