using System.Text.Json.Nodes;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Pacing through the real binary against a fake Bot API that counts as Telegram does (one a second and 20 a minute
/// per chat, 30 a second in all, at the moment it processes a send) while its answers come back unevenly: a burst
/// over many channels gets no 429, and every post arrives once, in order.
/// </summary>
public sealed class PacingTests : HostTestBed
{
    private const int Channels = 24;
    /// <summary>A few busy channels, whose pace is their own limit once the quiet ones have sent theirs.</summary>
    private const int BusyChannels = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private string _config = "";

    public override async Task InitializeAsync()
    {
        var chats = Enumerable.Range(1, Channels).Select(Chat).ToArray();
        await StartFakesAsync(chats);
        Bot.EnforceTelegramLimits();
        // Every 5th send is processed 900 ms after it arrived: a slow send followed by a quick one is what the pacer
        // must not put under a second apart.
        Bot.SendDelay = TimeSpan.FromMilliseconds(900);
        Bot.SlowSendEvery = 5;
        var feeds = Enumerable.Range(1, Channels).Select(c =>
        {
            Feeds.Serve(FeedPath(c), Rss(c, 0));
            return new BotSettingsFile.Feed(FeedPath(c), Feeds.UrlOf(FeedPath(c)), $"c{c}");
        });
        _config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, feeds, customize: settings =>
        {
            // Telegram's defaults: 20 a minute, one a second. Numbered stories differ by one word: no grouping.
            settings["Channels"] = new JsonObject(Enumerable.Range(1, Channels).Select(c =>
                KeyValuePair.Create<string, JsonNode?>($"c{c}", new JsonObject { ["ChatId"] = Chat(c), ["Grouping"] = false })));
        });
    }

    [Fact]
    public async Task A_burst_over_many_channels_with_uneven_round_trips_gets_no_429_and_loses_nothing()
    {
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", _config);
        await host.WaitUntilAsync(() => Enumerable.Range(1, Channels).All(c => Feeds.RequestCount(FeedPath(c)) >= 2), Patience, "every baseline poll");

        for (var c = 1; c <= Channels; c++)
        {
            Feeds.Serve(FeedPath(c), Rss(c, PostsOf(c)));
        }
        var posts = Enumerable.Range(1, Channels).Sum(PostsOf);
        await host.WaitUntilAsync(() => Bot.Messages.Count >= posts, Patience, "every post of the burst");

        Assert.Equal(0, Bot.FloodRejections);
        for (var c = 1; c <= Channels; c++)
        {
            Assert.Equal(Enumerable.Range(1, PostsOf(c)).Select(n => $"Channel {c} story {n}"), WireBurst.Headlines(Bot, Chat(c)));
        }
        Assert.DoesNotContain("rate-limited", host.StandardError, StringComparison.Ordinal);
    }

    private static int PostsOf(int channel) => channel <= BusyChannels ? 12 : 3;

    private static string Chat(int channel) => $"@c{channel}";

    private static string FeedPath(int channel) => $"wire{channel}.xml";

    /// <summary>The baseline item 0, then stories 1..count, newest first.</summary>
    private static string Rss(int channel, int count)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        return RssBuilder.Build($"Wire {channel}", Enumerable.Range(0, count + 1).Reverse().Select(n =>
            new RssBuilder.Item($"c{channel}-story-{n}", $"Channel {channel} story {n}", $"Summary of story {n}.", start.AddSeconds(n))));
    }
}
