using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// A posted story that comes back changed, through the real binary to the fake Bot API, on each storage provider
/// (<see cref="SqlitePostUpdateTests"/>, <see cref="PostgresPostUpdateTests"/>): the post is edited
/// once (or replied to, or left, as Updates says), trivial changes edit nothing, Telegram's answers to edits are
/// followed, a breaking headline upgrades a silent post, and a restart repeats nothing.
/// </summary>
public abstract class PostUpdateScenario(ScenarioStorage storage) : HostTestBed
{
    private const string Headline = "Storm closes the harbour";
    private const string Sharper = "Storm closes the harbour for three days";
    private const string Lead = "Ships wait outside as the wind rises.";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly DateTimeOffset _published = DateTimeOffset.UtcNow.AddMinutes(-20);

    public override async Task InitializeAsync()
    {
        await storage.PrepareAsync();
        await StartFakesAsync("@news");
        Serve(Headline);
    }

    [Fact]
    public async Task A_trivial_change_edits_nothing_and_a_new_headline_edits_the_post_once()
    {
        await using var host = await StartPostedAsync(Settings());

        Serve("Storm closes  the harbour.", "Ships wait outside, as the wind rises", "https://wire.example/storm?utm_source=rss");
        await PollsAsync(host, 3);
        Assert.Empty(Bot.Edits);

        Serve(Sharper);
        await host.WaitUntilAsync(() => Bot.EditsIn("@news").Count >= 1, Patience, "the edit");
        await PollsAsync(host, 3);

        var edit = Assert.Single(Bot.EditsIn("@news"));
        Assert.StartsWith(Sharper, edit.PlainText);
        Assert.Matches(@"\nUpdated \d\d:\d\d$", edit.PlainText);
        Assert.Single(Bot.MessagesTo("@news"));
    }

    [Fact]
    public async Task With_updates_ignored_a_new_headline_changes_nothing()
    {
        await using var host = await StartPostedAsync(Settings(updates: "Ignore"));

        Serve(Sharper);
        await PollsAsync(host, 4);

        Assert.Empty(Bot.Edits);
        Assert.Single(Bot.MessagesTo("@news"));
    }

    [Fact]
    public async Task With_updates_posted_a_new_headline_is_a_reply_to_the_first_post()
    {
        await using var host = await StartPostedAsync(Settings(updates: "Post"));

        await AssertRepliedWithTheNewHeadlineAsync(host);
    }

    [Fact]
    public async Task A_deleted_post_ends_its_edits_with_one_log_line()
    {
        await using var host = await StartPostedAsync(Settings());
        Bot.Delete("@news", Bot.MessagesTo("@news")[0].MessageId);

        Serve(Sharper);
        await host.WaitUntilAsync(() => host.StandardError.Contains("can no longer be edited", StringComparison.Ordinal), Patience, "the log line");
        Serve("Storm closes the harbour for a week");
        await PollsAsync(host, 4);

        Assert.Single(host.StandardError.Split('\n'), line => line.Contains("can no longer be edited", StringComparison.Ordinal));
        Assert.Contains("message to edit not found", host.StandardError, StringComparison.Ordinal);
        Assert.Empty(Bot.Edits);
        Assert.Single(Bot.MessagesTo("@news"));
    }

    [Fact]
    public async Task A_post_telegram_no_longer_edits_gets_the_change_as_a_reply()
    {
        await using var host = await StartPostedAsync(Settings());
        Bot.CloseEdits("@news", Bot.MessagesTo("@news")[0].MessageId);

        await AssertRepliedWithTheNewHeadlineAsync(host);
    }

    [Fact]
    public async Task A_breaking_headline_edits_in_the_red_mark_and_replies_with_sound()
    {
        await using var host = await StartPostedAsync(Settings());
        var first = Bot.MessagesTo("@news")[0];

        Serve("BREAKING: " + Headline);
        await host.WaitUntilAsync(() => Bot.EditsIn("@news").Count >= 1 && Bot.MessagesTo("@news").Count >= 2, Patience, "the edit and the reply");

        Assert.True(first.DisableNotification);
        Assert.StartsWith("🔴 BREAKING: " + Headline, Assert.Single(Bot.EditsIn("@news")).PlainText);
        var notice = Bot.MessagesTo("@news")[1];
        Assert.Equal((first.MessageId, false), (notice.ReplyTo, notice.DisableNotification));
        Assert.StartsWith("🔴 BREAKING: " + Headline, notice.PlainText);
    }

    [Fact]
    public async Task A_restart_after_the_edit_repeats_nothing()
    {
        var config = Settings();
        await using (var host = await StartPostedAsync(config))
        {
            Serve(Sharper);
            await host.WaitUntilAsync(() => Bot.EditsIn("@news").Count >= 1, Patience, "the edit");
            host.Kill();
        }

        await using var restarted = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await PollsAsync(restarted, 4);

        Assert.Single(Bot.EditsIn("@news"));
        Assert.Single(Bot.MessagesTo("@news"));
    }

    /// <summary>Serves the sharper headline and checks it comes as a reply to the first post, which stays unedited.</summary>
    private async Task AssertRepliedWithTheNewHeadlineAsync(HostProcess host)
    {
        var first = Bot.MessagesTo("@news")[0];
        Serve(Sharper);
        await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 2, Patience, "the reply");

        var reply = Bot.MessagesTo("@news")[1];
        Assert.Equal((first.MessageId, true), (reply.ReplyTo, reply.PlainText.StartsWith(Sharper, StringComparison.Ordinal)));
        Assert.Empty(Bot.Edits);
    }

    private void Serve(string title, string lead = Lead, string link = "https://wire.example/storm") =>
        Feeds.Serve("wire.xml", RssBuilder.Build("Wire", [new RssBuilder.Item("storm-1", title, lead, _published, link)]));

    private string Settings(string updates = "Edit") =>
        BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new BotSettingsFile.Feed("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 1)],
            customize: settings =>
            {
                settings["Channels"]!["news"]!["Updates"] = updates;
                storage.Use(settings);
            });

    /// <summary>Starts the bot and waits for the story's first post.</summary>
    private async Task<HostProcess> StartPostedAsync(string config)
    {
        var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 1, Patience, "the first post");
        return host;
    }

    /// <summary>Waits for this many more polls of the feed, and a moment for what they queued to go out.</summary>
    private async Task PollsAsync(HostProcess host, int polls)
    {
        var seen = Feeds.RequestCount("wire.xml");
        await host.WaitUntilAsync(() => Feeds.RequestCount("wire.xml") >= seen + polls, Patience, $"{polls} more polls");
        await Task.Delay(TimeSpan.FromSeconds(2));
    }
}
