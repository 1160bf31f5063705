using System.Globalization;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Admin;

/// <summary>Admin commands sent to the real binary through the fake Bot API's getUpdates, answered in the same chat.</summary>
public sealed class AdminCommandTests : HostTestBed
{
    private const long Admin = 42;
    private const long Stranger = 99;
    private const string AdminChat = "42";
    private const string StrangerChat = "99";
    private const string GroupChat = "-100777";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly RssBuilder.Item Fresh = new("new", "Fresh story", "Summary.", DateTimeOffset.UtcNow.AddMinutes(-5), "https://wire.example/fresh");
    private static readonly RssBuilder.Item Ancient = new("old", "Ancient story", "Summary.", DateTimeOffset.UtcNow.AddDays(-90), "https://wire.example/ancient");
    private HostProcess _host = null!;
    private string _config = "";

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news", AdminChat, StrangerChat, GroupChat);
        Feeds.Serve("wire.xml", RssBuilder.Build("Wire", [Fresh, Ancient]));
        _config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 2)]);
        _host = StartHost();
        await _host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 1, Patience, "the fresh story posted");
    }

    [Fact]
    public async Task Commands_from_an_admin_are_answered_in_the_same_chat()
    {
        var status = await AskAsync("/status");
        Assert.Contains("1 feeds (0 disabled, 0 paused)", status);
        Assert.Contains("news: 0 queued", status);
        Assert.Contains("wire: ok", await AskAsync("/feeds"));
        Assert.Contains("already posted to news", await AskAsync("/why https://wire.example/fresh"));
        Assert.Contains("too old", await AskAsync("/why https://wire.example/ancient"));
        Assert.Contains("Not fetched", await AskAsync("/why https://elsewhere.example/x"));
        Assert.Contains("Fresh story", await AskAsync("/preview wire"));
        Assert.Contains("Feed wire paused", await AskAsync("/pause wire"));
        Assert.Contains("wire: paused", await AskAsync("/feeds"));
        Assert.Contains("Feed wire resumed", await AskAsync("/resume wire"));
        Assert.Contains("No feed named 'nope'", await AskAsync("/pause nope"));
    }

    [Fact]
    public async Task A_pause_survives_a_restart_and_holds_new_stories_back_until_resume()
    {
        Assert.Contains("Feed wire paused", await AskAsync("/pause wire"));
        await Task.Delay(TimeSpan.FromSeconds(1)); // lets the reader confirm the command, as a later restart would find it
        _host.Terminate();
        await _host.WaitForExitAsync(Patience);
        await _host.DisposeAsync();
        Feeds.Serve("wire.xml", RssBuilder.Build("Wire", [new("later", "Later story", "Summary.", DateTimeOffset.UtcNow, "https://wire.example/later"), Fresh, Ancient]));

        _host = StartHost();

        Assert.Contains("wire: paused", await AskAsync("/feeds"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // several of the feed's one-second turns
        Assert.Single(Bot.MessagesTo("@news"));
        Assert.Contains("Feed wire resumed", await AskAsync("/resume wire"));
        await _host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 2, Patience, "the later story posted after /resume");
    }

    [Fact]
    public async Task Pause_without_a_name_pauses_every_feed_until_resume_without_a_name()
    {
        Assert.Contains("All feeds are paused, also feeds added meanwhile", await AskAsync("/pause"));
        Assert.Contains("1 feeds (0 disabled, 1 paused)", await AskAsync("/status"));
        Assert.Contains("wire: paused", await AskAsync("/feeds"));
        Assert.StartsWith("Feed wire was not paused. All feeds are paused", await AskAsync("/resume wire"));
        Assert.Contains("All feeds resumed", await AskAsync("/resume"));
        Assert.Contains("wire: ok", await AskAsync("/feeds"));
        Assert.Contains("No feed was paused", await AskAsync("/resume"));
    }

    [Fact]
    public async Task Commands_from_anyone_else_are_ignored_and_logged()
    {
        Bot.PushMessage(Stranger, StrangerChat, "/pause wire");
        await _host.WaitUntilAsync(() => _host.StandardError.Contains("Ignored admin command /pause from user 99"), Patience, "the refusal logged");

        Assert.Contains("wire: ok", await AskAsync("/feeds"));
        Assert.Empty(Bot.MessagesTo(StrangerChat));
    }

    [Fact]
    public async Task An_admins_command_in_a_group_chat_is_not_answered_there()
    {
        Bot.PushMessage(Admin, GroupChat, "/feeds", chatType: "supergroup");
        await _host.WaitUntilAsync(() => _host.StandardError.Contains("Ignored admin command /feeds from user 42 in chat -100777"), Patience, "the command ignored");

        Assert.Contains("wire: ok", await AskAsync("/feeds"));
        Assert.Empty(Bot.MessagesTo(GroupChat));
    }

    [Fact]
    public async Task A_huge_argument_is_cut_in_the_log_and_the_reply_fits_one_message()
    {
        var huge = "https://elsewhere.example/" + new string('x', 8000);

        var reply = await AskAsync($"/why {huge}");

        Assert.InRange(reply.Length, 1, 4096);
        Assert.Contains("… (8031 characters)", _host.StandardError);
        Assert.DoesNotContain(new string('x', 1000), _host.StandardError);
        Assert.DoesNotContain(new string('x', 1000), await AskAsync($"/pause {huge}"));
    }

    private HostProcess StartHost() =>
        HostProcess.Start(Folder.Path, new Dictionary<string, string> { ["Telegram__AdminUserIds__0"] = Admin.ToString(CultureInfo.InvariantCulture) }, "run", "--config", _config);

    /// <summary>Sends a command as the admin and returns the bot's answer.</summary>
    private async Task<string> AskAsync(string command)
    {
        var before = Bot.MessagesTo(AdminChat).Count;
        Bot.PushMessage(Admin, AdminChat, command);
        await _host.WaitUntilAsync(() => Bot.MessagesTo(AdminChat).Count > before, Patience, $"the answer to {command}");
        return Bot.MessagesTo(AdminChat)[before].PlainText;
    }

    public override async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await base.DisposeAsync();
    }
}
