using System.Text.Json;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>The verbs as an admin runs them, from the repository's own config folder or a file of the test's.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Check_config_accepts_the_shipped_settings()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(RepositoryFiles.Root, "check-config");

        Assert.Equal(0, exitCode);
        Assert.Contains("Settings are valid: 3 feeds", output);
    }

    [Fact]
    public async Task Check_config_names_each_bad_key_and_exits_2()
    {
        var config = _directory.Combine("bad.json");
        await File.WriteAllTextAsync(config, """
            { "Channels": { "news": { "ChatId": "@news" } },
              "Feeds": [ { "Name": "a", "Url": "not a url", "Channels": [ "news" ], "Interval": "00:00:00" },
                         { "Name": "a", "Url": "https://x.example/rss", "Channels": [ "sport" ] } ] }
            """);

        var (exitCode, _, errors) = await HostProcess.RunAsync(_directory.Path, "check-config", "--config", config);

        Assert.Equal(2, exitCode);
        Assert.Contains("Feeds:0:Url: 'not a url'", errors);
        Assert.Contains("Feeds:0:Interval: must be at least 00:00:00.1", errors);
        Assert.Contains("Feeds:1:Name: duplicate feed name 'a'", errors);
        Assert.Contains("Feeds:1:Channels:0: unknown channel 'sport'", errors);
    }

    [Fact]
    public async Task Run_with_bad_settings_exits_2_naming_the_key()
    {
        var config = _directory.Combine("bad.json");
        await File.WriteAllTextAsync(config, """{ "Storage": { "Provider": "Mongo" } }""");

        var (exitCode, _, errors) = await HostProcess.RunAsync(_directory.Path, "run", "--config", config);

        Assert.Equal(2, exitCode);
        Assert.Contains("Storage:Provider", errors);
    }

    [Fact]
    public async Task Preview_prints_the_posts_of_a_configured_feed_and_stores_nothing()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(RepositoryFiles.Root, "preview", "sample-wire");

        Assert.Equal(0, exitCode);
        Assert.Contains("<b>BREAKING: Harbour bridge reopens after overnight inspection</b>", output);
        Assert.Contains("photo https://sample-wire.example/img/bridge.jpg", output);
        Assert.DoesNotContain("appeared first on", output);
    }

    [Fact]
    public async Task Preview_reads_a_feed_file_given_by_path()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(RepositoryFiles.Root, "preview", "config/samples/sports.json");

        Assert.Equal(0, exitCode);
        Assert.Contains("<b>Late goal sends Rovers into the cup semi-final</b>", output);
    }

    [Fact]
    public async Task Parse_jsonl_writes_one_line_per_feed_file_relative_to_the_folder()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(RepositoryFiles.Root, "parse", "config/samples", "--jsonl");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["science.atom", "sports.json", "wire.xml"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(4, lines[2].GetProperty("entry_count").GetInt32());
        Assert.Equal("rss20", lines[2].GetProperty("format").GetString());
    }

    [Fact]
    public async Task Group_writes_each_reports_group_naming_the_report_that_opened_it()
    {
        var reports = _directory.Combine("reports.jsonl");
        await File.WriteAllLinesAsync(reports, [
            """{"id": "r1", "source": "Reuters", "title": "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "link": "https://reuters.example/a?utm_source=rss", "published": "2030-03-11T08:00:00Z", "summary": null}""",
            """{"id": "r2", "source": "BBC", "title": "Elephants can tell human voices apart", "link": "https://bbc.example/b", "published": "2030-03-11T08:01:00Z", "summary": null}""",
            """{"id": 3, "source": "AP", "title": "Men's Wearhouse agrees to buy rival Jos. A. Bank", "link": "https://ap.example/c", "published": "2030-03-11T08:05:00Z", "summary": "<p>The deal ends a long fight.</p>"}""",
            """{"id": "r4", "source": "Reuters", "title": "Wearhouse, Jos. A. Bank: the deal", "link": "http://m.reuters.example/a/", "published": "2030-03-11T08:09:00Z", "summary": null}""",
        ]);

        var (exitCode, output, _) = await HostProcess.RunAsync(_directory.Path, "group", reports);

        Assert.Equal(0, exitCode);
        Assert.Equal([
            """{"id":"r1","group":"r1"}""",
            """{"id":"r2","group":"r2"}""",
            """{"id":3,"group":"r1"}""",
            """{"id":"r4","group":"r1"}""",
        ], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(_directory.Path, "--help");

        Assert.Equal(0, exitCode);
        Assert.All(["run", "check-config", "preview", "export-opml", "parse", "group", "--config"], verb => Assert.Contains(verb, output));
    }

    public void Dispose() => _directory.Dispose();
}
