using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Monitoring;

/// <summary>/healthz, /readyz and /metrics of the real binary, and the healthcheck verb the Dockerfile runs.</summary>
public sealed class MonitoringEndpointTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new();

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
    }

    [Fact]
    public async Task Metrics_count_polls_posts_429s_and_queue_depth_and_readyz_is_healthy()
    {
        Feeds.Serve("wire.xml", Rss(1, 2));
        Bot.Inject(BotFault.TooManyRequests);
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 2)]);
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        var endpoint = await host.EndpointAsync(Patience);
        await host.WaitUntilAsync(() => Bot.Messages.Count >= 2, Patience, "both posts");
        await host.WaitUntilAsync(() => Feeds.RequestCount("wire.xml") >= 2, Patience, "an unchanged poll");

        var metrics = await _http.GetStringAsync(new Uri(endpoint, "/metrics"));
        Assert.Contains("newsbot_feed_polls_total{feed=\"wire\",result=\"fetched\"} 1", metrics);
        Assert.Contains("newsbot_feed_polls_total{feed=\"wire\",result=\"unchanged\"}", metrics);
        Assert.Contains("newsbot_stories_found_total{feed=\"wire\"} 2", metrics);
        Assert.Contains("newsbot_posts_sent_total{channel=\"news\"} 2", metrics);
        Assert.Contains("newsbot_telegram_errors_total{channel=\"news\",code=\"429\"} 1", metrics);
        Assert.Contains("newsbot_outbox_depth{channel=\"news\"} 0", metrics);
        Assert.Contains("newsbot_publish_delay_seconds_count{via=\"poll\"} 2", metrics);
        Assert.Contains("newsbot_publish_delay_seconds_count{via=\"push\"} 0", metrics);
        var ready = await _http.GetAsync(new Uri(endpoint, "/readyz"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(endpoint, "/healthz"))).StatusCode);
    }

    [Fact]
    public async Task Readyz_is_503_naming_the_failing_feed_when_every_feed_fails()
    {
        Feeds.Fail("down.xml", 500);
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("down", Feeds.UrlOf("down.xml"))]);
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        var endpoint = await host.EndpointAsync(Patience);
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feed down failed"), Patience, "the failed poll");

        var ready = await _http.GetAsync(new Uri(endpoint, "/readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var polls = body.RootElement.GetProperty("checks").GetProperty("polls");
        Assert.Equal("Unhealthy", polls.GetProperty("status").GetString());
        Assert.Contains("down (HTTP 500", polls.GetProperty("description").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(endpoint, "/healthz"))).StatusCode);
    }

    [Fact]
    public async Task The_healthcheck_verb_exits_0_while_the_bot_answers_and_1_when_the_endpoint_is_off()
    {
        Feeds.Serve("wire.xml", Rss(1));
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"))]);
        var port = FreePort();
        var onPort = new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var host = HostProcess.Start(Folder.Path, onPort, "run", "--config", config);
        await host.EndpointAsync(Patience);

        await using var check = HostProcess.Start(Folder.Path, onPort, "healthcheck", "--config", config);
        await check.WaitForExitAsync(Patience);
        await using var off = HostProcess.Start(Folder.Path, new Dictionary<string, string> { ["Urls"] = "" }, "healthcheck", "--config", config);
        await off.WaitForExitAsync(Patience);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains($":{port}/healthz: 200", check.StandardOutput);
        Assert.Equal(1, off.ExitCode);
        Assert.Contains("off", off.StandardError);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Rss(params int[] numbers) =>
        RssBuilder.Build("Wire", numbers.Select(n =>
            new RssBuilder.Item($"story-{n}", $"Story {n}", $"Summary of story {n}.", DateTimeOffset.UtcNow.AddMinutes(n - 10))));

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }
}
