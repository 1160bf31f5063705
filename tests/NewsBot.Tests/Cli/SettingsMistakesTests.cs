using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>
/// Mistakes an operator makes in the settings file, through check-config of the real binary: each gets an answer
/// naming the key and the cause, and exit code 2 — never "valid" for a file that lost its content, never a crash.
/// </summary>
public sealed class SettingsMistakesTests : IDisposable
{
    private const string Feed = """{ "Name": "wire", "Url": "https://wire.example/rss", "Channels": [ "news" ] }""";
    private readonly TempDirectory _directory = new();

    [Theory]
    // Keys differ only in case: the configuration provider would read the whole file as empty.
    [InlineData("""{ "Channels": { "news": { "ChatId": "@news", "ChatID": "@other" } }, "Feeds": [ FEED ] }""",
        "Channels:news:ChatID: appears twice ('ChatId' and 'ChatID')")]
    [InlineData("""{ "Urls": "http://127.0.0.1:0", "urls": "", "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""",
        "urls: appears twice ('Urls' and 'urls')")]
    // A string where a list belongs.
    [InlineData("""{ "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ { "Name": "wire", "Url": "https://wire.example/rss", "Channels": "news" } ] }""",
        """Feeds:0:Channels: expected a list like [ "news" ], got 'news'""")]
    // An empty list is an empty list: named as such, not a NullReferenceException.
    [InlineData("""{ "Channels": { "news": { "ChatId": "@news", "Filter": { "IncludeWords": [] } } }, "Feeds": [ { "Name": "wire", "Url": "https://wire.example/rss", "Channels": [] } ] }""",
        "Feeds:0:Channels: feed 'wire' names no channel")]
    // Types in an operator's words, not .NET's.
    [InlineData("""{ "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ { "Name": "wire", "Url": "https://wire.example/rss", "Channels": [ "news" ], "Interval": "soon" } ] }""",
        "Feeds:0:Interval: expected a duration like 00:05:00")]
    [InlineData("""{ "Telegram": { "AdminUserIds": [ "alice" ] }, "Channels": { "news": { "ChatId": "@news", "MessagesPerMinute": "many" } }, "Feeds": [ FEED ] }""",
        "Telegram:AdminUserIds:0: expected a whole number, got 'alice'")]
    // Legal but harmful.
    [InlineData("""{ "Defaults": { "Interval": "00:00:00.001" }, "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""",
        "Feeds:0:Interval: must be at least 00:00:10 for a feed on another host (feed 'wire'")]
    [InlineData("""{ "Defaults": { "Timeout": "00:00:00.010" }, "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""",
        "Defaults:Timeout: must be at least 00:00:01")]
    // A database folder that cannot be made.
    [InlineData("""{ "Storage": { "ConnectionString": "Data Source=/etc/hostname/data/newsbot.db" }, "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""",
        "Storage:ConnectionString: the database '/etc/hostname/data/newsbot.db' cannot be created: '/etc/hostname' is a file")]
    public async Task Check_config_names_the_key_and_the_cause(string settings, string expected)
    {
        var (exitCode, output, errors) = await CheckAsync(settings);

        Assert.True(exitCode == 2, $"exit {exitCode}\n{output}\n{errors}");
        Assert.Contains(expected, errors);
        Assert.DoesNotContain("Exception", errors);
        Assert.DoesNotContain("Int32", errors);
    }

    [Fact]
    public async Task A_database_inside_the_settings_folder_is_noted_and_one_beside_it_is_not()
    {
        var inside = await CheckAsync("""{ "Storage": { "ConnectionString": "Data Source=db/newsbot.db" }, "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""");
        var beside = await CheckAsync("""{ "Storage": { "ConnectionString": "Data Source=../newsbot-data/newsbot.db" }, "Channels": { "news": { "ChatId": "@news" } }, "Feeds": [ FEED ] }""");

        Assert.Equal((0, 0), (inside.ExitCode, beside.ExitCode));
        Assert.Contains($"the database '{_directory.Combine("db/newsbot.db")}' is inside the settings file's folder", inside.Output);
        Assert.DoesNotContain("inside the settings file's folder", beside.Output);
    }

    [Fact]
    public async Task An_unknown_section_does_not_hide_the_other_errors()
    {
        var (exitCode, _, errors) = await CheckAsync("""{ "Telegramm": {}, "Channels": { "news": { "ChatId": "not a chat" } }, "Feeds": [ FEED ] }""");

        Assert.Equal(2, exitCode);
        Assert.Contains("Telegramm: unknown section", errors);
        Assert.Contains("Channels:news:ChatId: 'not a chat' is not a numeric chat id", errors);
    }

    [Fact]
    public async Task Empty_lists_are_empty_lists_everywhere()
    {
        var (exitCode, output, errors) = await CheckAsync("""
            { "Telegram": { "AdminUserIds": [] },
              "Defaults": { "Format": { "BreakingWords": [] }, "Filter": { "ExcludeWords": [] } },
              "Channels": { "news": { "ChatId": "@news", "Filter": { "ExcludeWords": [], "IncludeWords": [] } } },
              "Feeds": [ FEED ] }
            """);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Settings are valid: 1 feeds", output);
    }

    private async Task<(int ExitCode, string Output, string Errors)> CheckAsync(string settings)
    {
        var config = _directory.Combine("settings.json");
        await File.WriteAllTextAsync(config, settings.Replace("FEED", Feed, StringComparison.Ordinal));
        return await HostProcess.RunAsync(_directory.Path, "check-config", "--config", config);
    }

    public void Dispose() => _directory.Dispose();
}
