using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using NewsBot.Cli;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Opml;

/// <summary>export-opml writes what an Opml entry reads back: the same feeds, URLs, sites and channels.</summary>
public sealed class OpmlRoundTripTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Export_then_import_gives_the_same_feeds()
    {
        var original = Write([new("wire", "https://wire.example/rss"), new("tech & more", "https://tech.example/feed", "tech")], settings =>
        {
            settings["Feeds"]![0]!["Channels"]!.AsArray().Add("tech");
            settings["Feeds"]![1]!["SiteUrl"] = "https://tech.example/";
        });
        var exported = new StringWriter();
        var errors = new StringWriter();
        Assert.True(ExportOpmlCommand.Run(original, exported, errors) == 0, errors.ToString());
        File.WriteAllText(_folder.Combine("feeds.opml"), exported.ToString());
        var imported = Write([], settings => settings["Opml"] = new JsonArray(new JsonObject { ["Path"] = _folder.Combine("feeds.opml") }));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", exported.ToString());
        Assert.Contains("<opml version=\"2.0\">", exported.ToString());
        Assert.Contains("htmlUrl=\"https://tech.example/\"", exported.ToString());
        Assert.Equal(Feeds(original), Feeds(imported));
    }

    private string Write(BotSettingsFile.Feed[] feeds, Action<JsonObject> customize) =>
        BotSettingsFile.Write(_folder, null, null, feeds, customize: settings =>
        {
            settings["Channels"]!["tech"] = new JsonObject { ["ChatId"] = "@tech" };
            // Feeds on other hosts than this one may not be polled every second.
            settings["Defaults"]!["Interval"] = "00:05:00";
            customize(settings);
        });

    private static List<string> Feeds(string configPath)
    {
        var settings = SettingsLoader.Load(new ConfigurationBuilder().AddJsonFile(configPath).Build());
        return [.. settings.Feeds.Select(Describe).Order(StringComparer.Ordinal)];
    }

    private static string Describe(FeedSettings feed) => $"{feed.Name} {feed.Url} {feed.SiteUrl} {string.Join(",", feed.Channels.Order(StringComparer.Ordinal))}";

    public void Dispose() => _folder.Dispose();
}
