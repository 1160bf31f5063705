using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Cli;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Fixtures;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cli;

/// <summary>The preview verb in process, on a fake clock: a configured feed's file applies its settings; other files the Defaults.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly string _config;

    public PreviewCommandTests()
    {
        WriteFeed("wire.xml");
        WriteFeed("elsewhere.xml");
        File.WriteAllText(_directory.Combine("bbc.html"), Fixture.Text("Pages/bbc-front-page.html", Now));
        // Defaults: two days and a first poll of one post; the wire feed: ten days and two.
        _config = BotSettingsFile.Write(_directory, null, null, [new("wire", _directory.Combine("wire.xml"), FirstRunPostLatest: 2), new("bbc", _directory.Combine("bbc.html"))], customize: settings =>
        {
            settings["Defaults"]!["MaxAge"] = "2.00:00:00";
            settings["Defaults"]!["FirstRunPostLatest"] = 1;
            settings["Feeds"]![0]!["MaxAge"] = "10.00:00:00";
            settings["Feeds"]![1]!["Scrape"] = new JsonObject { ["Item"] = "[data-testid=card]", ["Title"] = "h2", ["Link"] = "a@href", ["Image"] = "img@data-src" };
        });
    }

    [Fact]
    public async Task A_configured_feeds_file_is_previewed_with_that_feeds_settings()
    {
        var output = await PreviewAsync(new Uri(_directory.Combine("wire.xml")).AbsoluteUri);

        Assert.StartsWith("wire: Wire", output);
        Assert.Contains("<b>Ferry strike ends</b>", output);
        Assert.Contains("<b>Storm warning lifted</b>", output);
        Assert.DoesNotContain("not posted", output);
    }

    [Fact]
    public async Task Another_file_is_previewed_with_the_defaults()
    {
        var output = await PreviewAsync(_directory.Combine("elsewhere.xml"));

        Assert.Contains("(not posted: too old (published 2026-02-25 12:00:00Z, 96 h before 2026-03-01 12:00:00Z; MaxAge 2.00:00:00)) Ferry strike ends", output);
        Assert.Contains("<b>Storm warning lifted</b>", output);
    }

    [Fact]
    public async Task Each_story_shows_its_post_or_the_reason_as_of_the_clock()
    {
        _time.Advance(TimeSpan.FromDays(7));

        var output = await PreviewAsync("wire");

        Assert.Contains("(not posted: too old (published 2026-02-25 12:00:00Z", output);
        Assert.Contains("<b>Storm warning lifted</b>", output);
    }

    [Fact]
    public async Task A_first_poll_posts_only_the_newest_first_run_post_latest()
    {
        WriteFeed("fresh.xml", olderStoryAge: TimeSpan.FromHours(2));

        var output = await PreviewAsync(_directory.Combine("fresh.xml"));

        Assert.Contains("(not posted: seen at the feed's first poll, which records every item and posts only the newest 1 (FirstRunPostLatest)) Ferry strike ends", output);
        Assert.Contains("<b>Storm warning lifted</b>", output);
        // What the first poll only records is still shown, as a later poll would post a story like it.
        Assert.Contains("(a new story like it, after the first poll, is posted as:)", output);
        Assert.Contains("<b>Ferry strike ends</b>", output);
    }

    [Fact]
    public async Task A_scraped_page_shows_what_each_rule_found()
    {
        var output = await PreviewAsync("bbc");

        Assert.Contains("rule Scrape:Item '[data-testid=card]': 3 items", output);
        Assert.Contains("rule Scrape:Image 'img@data-src': 0 of 3 items", output);
        Assert.Contains("<b>Storm Bert: Flood warnings as rivers &amp; reservoirs overflow</b>", output);
    }

    [Fact]
    public async Task A_report_of_a_story_the_feed_already_carries_is_shown_as_credited_where_the_channel_groups()
    {
        File.WriteAllText(_directory.Combine("deals.xml"), RssBuilder.Build("Deals",
        [
            new RssBuilder.Item("c", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "The fight ends.", Now.AddMinutes(-50)),
            new RssBuilder.Item("b", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "A deal at last.", Now.AddHours(-1)),
        ]));
        var config = BotSettingsFile.Write(_directory, null, null, [new("deals", _directory.Combine("deals.xml"), FirstRunPostLatest: 2)], grouping: true);

        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await PreviewCommand.RunAsync(config, "deals", output, errors, _time, CancellationToken.None));

        Assert.Contains("<b>Men's Wearhouse to buy Jos. A. Bank for $1.8 billion</b>", output.ToString());
        Assert.Contains("(not posted to news: the same story as \"Men's Wearhouse to buy Jos. A. Bank for $1.8 billion\", credited in that post) Men's Wearhouse agrees to buy rival Jos. A. Bank", output.ToString());
    }

    /// <summary>A feed of two stories: one an hour old, one older by <paramref name="olderStoryAge"/> (four days unless told).</summary>
    private void WriteFeed(string name, TimeSpan? olderStoryAge = null) => File.WriteAllText(_directory.Combine(name), RssBuilder.Build("Wire",
    [
        new RssBuilder.Item("b", "Storm warning lifted", "The coast is clear.", Now.AddHours(-1)),
        new RssBuilder.Item("a", "Ferry strike ends", "Ferries run again.", Now - (olderStoryAge ?? TimeSpan.FromDays(4))),
    ]));

    private async Task<string> PreviewAsync(string target)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exitCode = await PreviewCommand.RunAsync(_config, target, output, errors, _time, CancellationToken.None);
        Assert.True(exitCode == 0, errors.ToString());
        return output.ToString();
    }

    public void Dispose() => _directory.Dispose();
}
