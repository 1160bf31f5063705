using System.Net;
using System.Net.Sockets;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>Mistakes a first real start meets, through the real binary: each is said once, naming the setting to change.</summary>
public sealed class StartupMistakesTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public override Task InitializeAsync() => StartFakesAsync("@news");

    [Fact]
    public async Task A_busy_port_names_Urls_and_exits_2_without_a_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var config = BotSettingsFile.Write(Folder, null, null, [new("wire", Feeds.UrlOf("wire.xml"))]);

        await using var host = HostProcess.Start(Folder.Path, new Dictionary<string, string> { ["Urls"] = url }, "run", "--config", config);
        await host.WaitForExitAsync(Patience);

        Assert.Equal(2, host.ExitCode);
        Assert.Contains($"Urls: {url} is already in use by another program", host.StandardError);
        Assert.DoesNotContain("   at ", host.StandardError);
    }

    [Fact]
    public async Task A_wrong_token_is_named_once()
    {
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, "111111111:not-the-token", [new("wire", Feeds.UrlOf("wire.xml"))]);

        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => host.StandardError.Contains("Telegram:BotToken was refused by Telegram (401"), Patience, "the token named");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(Lines(host, "Telegram:BotToken was refused"));
        Assert.DoesNotContain("111111111:not-the-token", host.StandardError);
    }

    [Fact]
    public async Task A_wrong_chat_and_a_channel_the_bot_may_not_post_in_are_named()
    {
        Bot.AddChat("@sports");
        Bot.NotAdmin("@sports");
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"))], channelChatId: "@nosuchchannel",
            customize: settings => settings["Channels"]!["sports"] = new System.Text.Json.Nodes.JsonObject { ["ChatId"] = "@sports" });

        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => host.StandardError.Contains("Channels:sports:ChatId"), Patience, "both channels checked");
        await host.WaitUntilAsync(() => host.StandardError.Contains("Channels:news:ChatId"), Patience, "both channels checked");

        Assert.Contains("Channels:news:ChatId '@nosuchchannel': Telegram says 400 Bad Request: chat not found", host.StandardError);
        Assert.Contains("Channels:sports:ChatId '@sports': the bot may not post there (it is member); make the bot an administrator", host.StandardError);
        Assert.DoesNotContain("Telegram:BotToken was refused", host.StandardError);
    }

    private static List<string> Lines(HostProcess host, string text) =>
        host.StandardError.Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal)).ToList();
}
