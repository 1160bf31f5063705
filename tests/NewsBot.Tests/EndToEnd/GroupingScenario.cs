using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// One story from three feeds, through the real binary to the fake Bot API, on each storage provider (the derived
/// classes): one post, the other reports credited by at most two edits, an unrelated story still posted, nothing
/// repeated across a restart; without grouping, every report posted.
/// </summary>
public abstract class GroupingScenario(ScenarioStorage storage) : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public override async Task InitializeAsync()
    {
        await storage.PrepareAsync();
        await StartFakesAsync("@news");
        foreach (var feed in OneStory.Feeds)
        {
            Feeds.Serve($"{feed}.xml", OneStory.Before(feed));
        }
    }

    [Fact]
    public async Task Three_feeds_carrying_one_story_make_one_post_crediting_the_others_across_a_restart()
    {
        var config = Settings(grouping: true);
        await using (var host = await StartAfterBaselineAsync(config))
        {
            Feeds.Serve("reuters.xml", OneStory.Reporting("reuters"));
            await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 2, Patience, "the story and the unrelated one");
            Feeds.Serve("bbc.xml", OneStory.Reporting("bbc"));
            await host.WaitUntilAsync(() => Bot.EditsIn("@news").Count >= 1, Patience, "the first credit");
            host.Terminate();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(20));
        }

        await using var restarted = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        Feeds.Serve("ap.xml", OneStory.Reporting("ap"));
        await restarted.WaitUntilAsync(() => Post(OneStory.Headline("reuters")).PlainText.Contains("AP", StringComparison.Ordinal), Patience, "the second credit");

        var posts = Bot.MessagesTo("@news");
        Assert.Equal([OneStory.Unrelated, OneStory.Headline("reuters")], posts.Select(m => m.PlainText.Split('\n')[0]).Order(StringComparer.Ordinal));
        Assert.EndsWith(OneStory.CreditLine("reuters"), Post(OneStory.Headline("reuters")).PlainText);
        Assert.Contains("<a href=\"https://bbc.example/deal\">BBC</a>", Post(OneStory.Headline("reuters")).Html);
        Assert.InRange(Bot.EditsIn("@news").Count, 1, 2);
        Assert.Equal(0, Bot.FloodRejections);
    }

    [Fact]
    public async Task Without_grouping_each_feeds_report_is_posted()
    {
        await using var host = await StartAfterBaselineAsync(Settings(grouping: false));

        foreach (var feed in OneStory.Feeds)
        {
            Feeds.Serve($"{feed}.xml", OneStory.Reporting(feed));
        }
        await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 4, Patience, "every report");

        Assert.Equal(3, Bot.MessagesTo("@news").Count(m => m.PlainText.Contains("Bank", StringComparison.Ordinal)));
        Assert.Empty(Bot.Edits);
    }

    private BotMessage Post(string headline) => Bot.MessagesTo("@news").Single(m => m.PlainText.StartsWith(headline, StringComparison.Ordinal));

    private string Settings(bool grouping) =>
        BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, OneStory.Feeds.Select(f => new BotSettingsFile.Feed(f, Feeds.UrlOf($"{f}.xml"))),
            grouping: grouping, customize: storage.Use);

    /// <summary>Starts the bot and waits until every feed's first poll has recorded its old item.</summary>
    private async Task<HostProcess> StartAfterBaselineAsync(string config)
    {
        var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => OneStory.Feeds.All(f => Feeds.RequestCount($"{f}.xml") >= 2), Patience, "the baseline polls");
        return host;
    }
}
