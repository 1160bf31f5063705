using System.Text.Json;
using NewsBot.Testing.Feeds;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hosting;

/// <summary>Logging:Format = json: compact JSON, one event a line, for log shippers.</summary>
public sealed class LoggingTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private FeedServer _feeds = null!;

    public async Task InitializeAsync() => _feeds = await FeedServer.StartAsync();

    [Fact]
    public async Task Json_format_writes_one_compact_json_event_a_line_naming_the_feed()
    {
        _feeds.Fail("down.xml", 500);
        var config = BotSettingsFile.Write(_directory, null, null, [new("down", _feeds.UrlOf("down.xml"))]);
        await using var host = HostProcess.Start(_directory.Path, new Dictionary<string, string> { ["Logging__Format"] = "json" }, "run", "--config", config);
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feed {Feed} failed"), TimeSpan.FromSeconds(30), "the failure logged");

        var events = host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _)));
        Assert.Contains(events, e => Text(e, "@l") == "Warning" && Text(e, "Feed") == "down");
    }

    private static string? Text(JsonElement e, string property) => e.TryGetProperty(property, out var value) ? value.GetString() : null;

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        _directory.Dispose();
    }
}
