using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Telegram;
using NewsBot.Testing.WebSub;
using NewsBot.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Tests.WebSub;

/// <summary>
/// Push through the real binary: the callbacks on its own endpoint, a hub of our own, the fake Bot API. Prints the
/// freshness of pushed stories (hub publish → Telegram accepted); asserts that each one arrives, counted as pushed.
/// </summary>
public sealed class WebSubHostTests(ITestOutputHelper output) : HostTestBed
{
    private const int Rounds = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private TestHub _hub = null!;

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
        _hub = await TestHub.StartAsync();
    }

    [Fact]
    public async Task Stories_a_hub_pushes_are_posted_and_their_freshness_printed()
    {
        Feeds.Serve("feed.atom", Atom("first"), "application/atom+xml");
        var config = WriteSettings(callbackBaseUrl: "");
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        var endpoint = await host.EndpointAsync(Patience);
        await host.WaitUntilAsync(() => host.StandardError.Contains("recorded as the baseline"), Patience, "the first poll");
        // Push is turned on by a live reload, once the endpoint's port is known; the feed is unchanged since the
        // first poll, and subscribes all the same.
        WriteSettings(endpoint.AbsoluteUri.TrimEnd('/'));
        await host.WaitUntilAsync(() => _hub.Requests.Count >= 1, Patience, "a subscribe request");
        var request = _hub.Requests[0];
        Assert.Equal(200, (await _hub.VerifyAsync(request)).Status);

        var delays = new List<double>();
        for (var i = 1; i <= Rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            Assert.Equal(202, await _hub.PublishAsync(request, Atom($"pushed-{i}", "first")));
            await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= i, Patience, $"pushed story {i} posted");
            delays.Add(clock.Elapsed.TotalMilliseconds);
        }

        // The feed's own body never changes, so every post came by push, and the metric says so.
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri(endpoint, "/metrics"));
        Assert.Contains($"newsbot_publish_delay_seconds_count{{via=\"push\"}} {Rounds}", metrics);
        Assert.Contains("newsbot_publish_delay_seconds_count{via=\"poll\"} 0", metrics);

        delays.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"push freshness over {Rounds} stories, hub publish → Telegram accepted: p50 {delays[Rounds / 2]:0} ms, p99 (max) {delays[^1]:0} ms"));
    }

    private string WriteSettings(string callbackBaseUrl) =>
        BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("blog", Feeds.UrlOf("feed.atom"))], customize: settings =>
        {
            settings["WebSub"] = new JsonObject { ["CallbackBaseUrl"] = callbackBaseUrl };
            settings["Channels"]!["news"]!["MessagesPerSecond"] = 100;
        });

    private string Atom(params string[] ids) => HubFeed.Atom(_hub.Url, Feeds.UrlOf("feed.atom"), DateTimeOffset.UtcNow, ids);

    public override async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await base.DisposeAsync();
    }
}
