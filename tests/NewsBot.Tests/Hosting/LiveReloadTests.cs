using System.Text.Json.Nodes;
using NewsBot.Core.Opml;
using NewsBot.Testing.Feeds;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Editing the settings file, or an OPML file it names, of a running bot: feeds come and go within seconds; a bad edit
/// is refused by key and changes nothing.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _directory = new();
    private FeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _feeds.Serve("a.xml", RssBuilder.Build("A", [new RssBuilder.Item("a-1", "A 1", "Summary.", DateTimeOffset.UtcNow)]));
        _feeds.Serve("b.xml", RssBuilder.Build("B", [new RssBuilder.Item("b-1", "B 1", "Summary.", DateTimeOffset.UtcNow)]));
    }

    [Fact]
    public async Task Feeds_added_and_removed_take_effect_and_invalid_edits_are_refused_by_key()
    {
        var config = Write(A());
        await using var host = HostProcess.Start(_directory.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => _feeds.RequestCount("a.xml") >= 1, Patience, "feed a polled");

        Write(A(), B());
        await host.WaitUntilAsync(() => _feeds.RequestCount("b.xml") >= 1, Patience, "the added feed b polled");
        // The new feed may be polled before the reload's own line is written.
        await host.WaitUntilAsync(() => host.StandardError.Contains("Settings reloaded"), Patience, "the reload logged");

        Write(B());
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feed a removed"), Patience, "feed a removed");
        var pollsOfA = _feeds.RequestCount("a.xml");

        await File.WriteAllTextAsync(config, File.ReadAllText(config).Replace("\"news\"]", "\"sport\"]", StringComparison.Ordinal));
        // The file is truncated before it is written, so a reload may first see it half-written: wait for the key.
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feeds:0:Channels:0: unknown channel 'sport'"), Patience, "the edit naming an unknown channel refused by key");

        await File.WriteAllTextAsync(config, "{ \"Feeds\": [ ");
        await host.WaitUntilAsync(() => host.StandardError.Contains("not valid JSON"), Patience, "the broken JSON refused");

        // A file that lost its feeds (no Feeds list at all) is refused; "Feeds": [] would mean it.
        await File.WriteAllTextAsync(config, "{ \"Channels\": { \"news\": { \"ChatId\": \"@news\" } } }");
        await host.WaitUntilAsync(() => host.StandardError.Contains("would remove all 1 feeds"), Patience, "the edit losing every feed refused");
        var pollsOfB = _feeds.RequestCount("b.xml");
        await host.WaitUntilAsync(() => _feeds.RequestCount("b.xml") >= pollsOfB + 2, Patience, "feed b still polled on the last good settings");
        Assert.Equal(pollsOfA, _feeds.RequestCount("a.xml"));

        // "Feeds": [] says so: applied.
        await File.WriteAllTextAsync(config, "{ \"Channels\": { \"news\": { \"ChatId\": \"@news\" } }, \"Feeds\": [] }");
        await host.WaitUntilAsync(() => host.StandardError.Contains("0 feeds, 1 channels"), Patience, "an explicit empty Feeds list applied");
    }

    [Fact]
    public async Task Feeds_added_to_the_opml_file_are_polled_and_a_broken_edit_is_refused()
    {
        var opml = _directory.Combine("feeds.opml");
        WriteOpml(opml, "a");
        var config = BotSettingsFile.Write(_directory, null, null, [], customize: settings =>
            settings["Opml"] = new JsonArray(new JsonObject { ["Path"] = opml, ["Channels"] = new JsonArray("news") }));
        await using var host = HostProcess.Start(_directory.Path, null, "run", "--config", config);
        await host.WaitUntilAsync(() => _feeds.RequestCount("a.xml") >= 1, Patience, "feed a polled");

        WriteOpml(opml, "a", "b");
        await host.WaitUntilAsync(() => _feeds.RequestCount("b.xml") >= 1, Patience, "the added feed b polled");

        await File.WriteAllTextAsync(opml, "<opml version=\"2.0\">\n<body>\n<outline text=\"a\"\n</opml>");
        await host.WaitUntilAsync(() => host.StandardError.Contains($"Opml:0:Path: {opml}: not well-formed XML at line 4"), Patience, "the broken OPML refused by key and line");
        var pollsOfB = _feeds.RequestCount("b.xml");
        await host.WaitUntilAsync(() => _feeds.RequestCount("b.xml") >= pollsOfB + 2, Patience, "feed b still polled on the last good list");
    }

    private void WriteOpml(string path, params string[] names)
    {
        using var file = File.CreateText(path);
        OpmlWriter.Write(file, "test", names.Select(n => new OpmlWriter.Entry(n, _feeds.UrlOf($"{n}.xml"), null, ["news"])));
    }

    private BotSettingsFile.Feed A() => new("a", _feeds.UrlOf("a.xml"));

    private BotSettingsFile.Feed B() => new("b", _feeds.UrlOf("b.xml"));

    private string Write(params BotSettingsFile.Feed[] feeds) => BotSettingsFile.Write(_directory, null, null, feeds);

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        _directory.Dispose();
    }
}
