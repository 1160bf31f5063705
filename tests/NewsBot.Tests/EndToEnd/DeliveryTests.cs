using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Delivery through the real binary to the fake Bot API when Telegram misbehaves: nothing lost, nothing doubled
/// (but the one post in flight at a kill -9), the order kept, the pace within Telegram's limits.
/// </summary>
public sealed class DeliveryTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private string _config = "";

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news", "@admin");
        // Telegram's limits scaled up 20-fold so that a burst takes seconds: the bot paces to 15 a second, the fake refuses past 20.
        Bot.FloodLimit = 20;
        Bot.FloodWindow = TimeSpan.FromSeconds(1);
        Feeds.Serve("wire.xml", Rss(0));
        _config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"))], customize: settings =>
        {
            settings["Channels"]!["news"]!["MessagesPerMinute"] = 1200;
            settings["Channels"]!["news"]!["MessagesPerSecond"] = 15;
            settings["Telegram"]!["AdminChatId"] = "@admin";
        });
    }

    [Fact]
    public async Task A_burst_of_200_goes_out_in_order_within_the_flood_limit()
    {
        await using var host = await StartAfterBaselineAsync();

        Feeds.Serve("wire.xml", Rss(200));
        await host.WaitUntilAsync(() => NewsHeadlines().Count >= 200, Patience, "200 posts");

        AssertEveryStoryOnceInOrder(200, allowedDuplicates: 0);
        Assert.Equal(0, Bot.FloodRejections);
    }

    [Fact]
    public async Task A_429_storm_5xx_and_dropped_connections_lose_nothing_and_keep_the_order()
    {
        await using var host = await StartAfterBaselineAsync();
        Bot.InjectedRetryAfterSeconds = 1;
        Bot.Inject(BotFault.TooManyRequests, 4);
        Bot.Inject(BotFault.ServerError, 2);
        Bot.Inject(BotFault.DropBeforeAccept);

        Feeds.Serve("wire.xml", Rss(12));
        await host.WaitUntilAsync(() => NewsHeadlines().Count >= 12, Patience, "12 posts through the faults");

        AssertEveryStoryOnceInOrder(12, allowedDuplicates: 0);
        Assert.Contains("Telegram rate-limited news: waiting 1 s as asked", host.StandardError);
    }

    [Fact]
    public async Task A_connection_dropped_after_telegram_accepted_repeats_at_most_that_post()
    {
        await using var host = await StartAfterBaselineAsync();
        Bot.Inject(BotFault.DropAfterAccept);

        Feeds.Serve("wire.xml", Rss(5));
        await host.WaitUntilAsync(() => NewsHeadlines().Distinct().Count() >= 5, Patience, "5 stories");

        AssertEveryStoryOnceInOrder(5, allowedDuplicates: 1);
        // Telegram has no idempotent send: the one post that may show twice is counted as such.
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri(await host.EndpointAsync(Patience), "/metrics"));
        Assert.Contains("newsbot_posts_possibly_repeated_total{channel=\"news\"} 1", metrics);
    }

    [Fact]
    public async Task A_kicked_bot_pauses_the_channel_tells_the_admin_and_resumes_by_itself()
    {
        await using var host = await StartAfterBaselineAsync();
        Bot.Kick("@news");

        Feeds.Serve("wire.xml", Rss(3));
        await host.WaitUntilAsync(() => Bot.MessagesTo("@admin").Count >= 1, Patience, "the admin told of the pause");
        Assert.Contains("Channel news is paused", Bot.MessagesTo("@admin")[0].PlainText);
        Assert.Contains("Channel news paused: 403 Forbidden: bot was kicked", host.StandardError);
        Assert.Empty(NewsHeadlines());

        Bot.Unkick("@news");
        await host.WaitUntilAsync(() => NewsHeadlines().Count >= 3, Patience, "the queued posts after the bot is back");
        await host.WaitUntilAsync(() => Bot.MessagesTo("@admin").Count >= 2, Patience, "the admin told of the resumption");
        AssertEveryStoryOnceInOrder(3, allowedDuplicates: 0);
        Assert.Contains("works again", Bot.MessagesTo("@admin")[1].PlainText);
    }

    [Fact]
    public async Task A_post_refused_three_times_is_set_aside_loudly_and_the_channel_goes_on()
    {
        await using var host = await StartAfterBaselineAsync();
        Bot.Inject(BotFault.Rejected, 3);

        Feeds.Serve("wire.xml", Rss(3));
        await host.WaitUntilAsync(() => NewsHeadlines().Count >= 2, Patience, "the posts after the refused one");

        Assert.Equal(["Story 2", "Story 3"], NewsHeadlines());
        Assert.Contains("set aside after 3 refusals: 400 Bad Request: BUTTON_URL_INVALID", host.StandardError);
        await host.WaitUntilAsync(() => Bot.MessagesTo("@admin").Count >= 1, Patience, "the admin told");
        Assert.Contains("refused 3 times and set aside", Bot.MessagesTo("@admin")[0].PlainText);
    }

    [Fact]
    public async Task A_graceful_stop_mid_burst_loses_nothing_and_repeats_nothing()
    {
        await using (var host = await StartAfterBaselineAsync())
        {
            Feeds.Serve("wire.xml", Rss(60));
            await host.WaitUntilAsync(() => NewsHeadlines().Count >= 10, Patience, "the burst under way");
            host.Terminate();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, host.ExitCode);
        }
        Assert.InRange(NewsHeadlines().Count, 10, 59);

        await using var restarted = HostProcess.Start(Folder.Path, null, "run", "--config", _config);
        await restarted.WaitUntilAsync(() => NewsHeadlines().Count >= 60, Patience, "the rest of the burst");
        AssertEveryStoryOnceInOrder(60, allowedDuplicates: 0);
    }

    [Fact]
    public async Task A_kill_9_mid_send_loses_nothing_and_repeats_at_most_the_post_in_flight()
    {
        Bot.SendDelay = TimeSpan.FromMilliseconds(300);
        await using (var host = await StartAfterBaselineAsync())
        {
            Feeds.Serve("wire.xml", Rss(20));
            await host.WaitUntilAsync(() => NewsHeadlines().Count >= 5, Patience, "the burst under way");
            await Task.Delay(150); // into the next send's 300 ms at Telegram
            host.Kill();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        Bot.SendDelay = TimeSpan.Zero;

        await using var restarted = HostProcess.Start(Folder.Path, null, "run", "--config", _config);
        await restarted.WaitUntilAsync(() => NewsHeadlines().Distinct().Count() >= 20, Patience, "every story after the restart");
        AssertEveryStoryOnceInOrder(20, allowedDuplicates: 1);
    }

    /// <summary>Starts the bot and waits until the feed's first poll has recorded its one old item (posting nothing).</summary>
    private async Task<HostProcess> StartAfterBaselineAsync()
    {
        var host = HostProcess.Start(Folder.Path, null, "run", "--config", _config);
        await host.WaitUntilAsync(() => Feeds.RequestCount("wire.xml") >= 2, Patience, "the baseline poll");
        return host;
    }

    private void AssertEveryStoryOnceInOrder(int count, int allowedDuplicates)
    {
        var headlines = NewsHeadlines();
        var expected = Enumerable.Range(1, count).Select(n => $"Story {n}").ToList();
        Assert.Equal(expected, headlines.Distinct().ToList());
        Assert.InRange(headlines.Count - count, 0, allowedDuplicates);
    }

    private List<string> NewsHeadlines() => Bot.MessagesTo("@news").Select(m => m.PlainText.Split('\n')[0]).ToList();

    /// <summary>The baseline item 0, then stories 1..count, newest first.</summary>
    private static string Rss(int count)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        return RssBuilder.Build("Wire", Enumerable.Range(0, count + 1).Reverse().Select(n =>
            new RssBuilder.Item($"story-{n}", $"Story {n}", $"Summary of story {n}.", start.AddSeconds(n))));
    }
}
