using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The whole path as an operator runs it: the real binary, feeds over HTTP, the real Telegram.Bot client against a fake Bot API.</summary>
public sealed class PipelineTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
    }

    [Fact]
    public async Task First_poll_baselines_new_stories_post_once_in_order_and_a_restart_repeats_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        Feeds.Serve("wire.xml", Rss(now, 1, 2, 3));
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 1)], logLevel: "Debug");

        await using (var host = Start(config))
        {
            await host.WaitUntilAsync(() => Bot.Messages.Count >= 1, Patience, "the first poll's newest story");
            Feeds.Serve("wire.xml", Rss(now, 1, 2, 3, 4, 5));
            await host.WaitUntilAsync(() => Bot.Messages.Count >= 3, Patience, "the two new stories");
            await StopGracefullyAsync(host);
            AssertNoToken(host);
        }
        Assert.Equal(["Story 3", "Story 4", "Story 5"], Headlines());

        await using (var restarted = Start(config))
        {
            var polls = Feeds.RequestCount("wire.xml");
            await restarted.WaitUntilAsync(() => Feeds.RequestCount("wire.xml") >= polls + 3, Patience, "three polls after the restart");
            Assert.Equal(3, Bot.Messages.Count);
            Feeds.Serve("wire.xml", Rss(now, 1, 2, 3, 4, 5, 6));
            await restarted.WaitUntilAsync(() => Bot.Messages.Count >= 4, Patience, "the story published after the restart");
            await StopGracefullyAsync(restarted);
            AssertNoToken(restarted);
        }
        Assert.Equal(["Story 3", "Story 4", "Story 5", "Story 6"], Headlines());
    }

    [Fact]
    public async Task A_failing_feed_is_logged_by_name_and_does_not_stop_the_others()
    {
        Feeds.Fail("down.xml", 500);
        Feeds.Serve("broken.xml", "<html><body>Not a feed</body></html>", "text/html");
        Feeds.Serve("good.xml", Rss(DateTimeOffset.UtcNow, 1));
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token,
        [
            new("down", Feeds.UrlOf("down.xml")),
            new("broken", Feeds.UrlOf("broken.xml")),
            new("good", Feeds.UrlOf("good.xml"), FirstRunPostLatest: 1),
        ]);

        await using var host = Start(config);
        await host.WaitUntilAsync(() => Bot.Messages.Count >= 1, Patience, "the good feed's post");
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feed down failed: HTTP 500") && host.StandardError.Contains("Feed broken failed"), Patience, "both failures logged");

        var polls = Feeds.RequestCount("down.xml");
        await host.WaitUntilAsync(() => Feeds.RequestCount("down.xml") > polls, Patience, "the failing feed tried again");
        Assert.Equal(["Story 1"], Headlines());
    }

    [Fact]
    public async Task Without_a_token_posts_are_printed_not_sent()
    {
        Feeds.Serve("wire.xml", Rss(DateTimeOffset.UtcNow, 1, 2));
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, token: null, [new("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 2)]);

        await using var host = Start(config);
        await host.WaitUntilAsync(() => host.StandardOutput.Contains("<b>Story 2</b>"), Patience, "the dry-run posts");

        Assert.Contains("<b>Story 1</b>", host.StandardOutput);
        Assert.Contains("dry run", host.StandardError);
        Assert.Empty(Bot.Messages);
    }

    private HostProcess Start(string config) => HostProcess.Start(Folder.Path, null, "run", "--config", config);

    private static async Task StopGracefullyAsync(HostProcess host)
    {
        host.Terminate();
        await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, host.ExitCode);
    }

    private static void AssertNoToken(HostProcess host)
    {
        var secret = FakeBotApi.Token.Split(':')[1];
        Assert.DoesNotContain(secret, host.StandardOutput);
        Assert.DoesNotContain(secret, host.StandardError);
    }

    private List<string> Headlines() => Bot.Messages.Select(m => m.PlainText.Split('\n')[0]).ToList();

    /// <summary>A feed holding the given stories, newest first, story n published n minutes after a base time.</summary>
    private static string Rss(DateTimeOffset now, params int[] numbers) =>
        RssBuilder.Build("Wire", numbers.Reverse().Select(n =>
            new RssBuilder.Item($"story-{n}", $"Story {n}", $"Summary of story {n}. It has two sentences.", now.AddHours(-1).AddMinutes(n))));
}
