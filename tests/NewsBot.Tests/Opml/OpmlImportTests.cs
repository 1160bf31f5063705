using NewsBot.Core.Settings;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Opml.OpmlSettingsFile;

namespace NewsBot.Tests.Opml;

/// <summary>
/// OPML files in the shapes real readers export (Fixtures/: feedly.opml as Feedly's, inoreader.opml as Inoreader's,
/// netnewswire.opml as NetNewsWire's, miniflux.opml as miniflux's) become feeds.
/// </summary>
public sealed class OpmlImportTests
{
    [Theory]
    [InlineData("feedly.opml", "BBC News - World", "https://feeds.bbci.co.uk/news/world/rss.xml", "https://www.bbc.co.uk/news/world", 3)]
    [InlineData("inoreader.opml", "Hacker News", "https://news.ycombinator.com/rss", "https://news.ycombinator.com/", 3)]
    [InlineData("netnewswire.opml", "Daring Fireball", "https://daringfireball.net/feeds/main", "https://daringfireball.net/", 3)]
    [InlineData("miniflux.opml", "Al Jazeera", "https://www.aljazeera.com/xml/rss/all.xml", "https://www.aljazeera.com/", 3)]
    public void Each_outline_with_an_xmlUrl_at_any_depth_is_a_feed_of_the_entry(string file, string name, string url, string site, int count)
    {
        var settings = Load(new() { ["Opml:0:Path"] = Fixture(file), ["Opml:0:Channels:0"] = "news", ["Opml:0:Interval"] = "00:02:00" });

        Assert.Equal(count, settings.Feeds.Count);
        var feed = Assert.Single(settings.Feeds, f => f.Name == name);
        Assert.Equal(url, feed.Url);
        Assert.Equal(site, feed.SiteUrl);
        Assert.Equal(["news"], feed.Channels);
        Assert.All(settings.Feeds, f => Assert.Equal(TimeSpan.FromMinutes(2), f.Interval));
    }

    [Fact]
    public void Without_Channels_the_categories_that_name_a_channel_are_the_feeds_channels()
    {
        var settings = Load(new() { ["Opml:0:Path"] = Fixture("feedly.opml") });

        Assert.Equal(["news"], Feed(settings, "BBC News - World").Channels);
        Assert.Equal(["tech"], Feed(settings, "Ars Technica").Channels);
    }

    [Fact]
    public void A_feed_with_no_title_is_named_by_its_text_and_names_taken_get_a_suffix_noted()
    {
        var notes = new List<string>();
        var settings = Load(new()
        {
            ["Opml:0:Path"] = Fixture("netnewswire.opml"),
            ["Opml:0:Channels:0"] = "news",
            ["Opml:1:Path"] = Fixture("miniflux.opml"),
            ["Opml:1:Channels:0"] = "news",
        }, notes);

        Assert.Equal("https://example.org/untitled.xml", Feed(settings, "untitled").Url);
        Assert.Equal("https://example.org/lemonde-international.xml", Feed(settings, "Le Monde (2)").Url);
        Assert.Contains(notes, n => n.Contains("miniflux.opml line 13") && n.Contains("'Le Monde (2)'"));
    }

    [Fact]
    public void A_url_Feeds_already_has_keeps_its_explicit_entry_noted()
    {
        var notes = new List<string>();
        var settings = Load(new()
        {
            ["Feeds:0:Name"] = "hn",
            ["Feeds:0:Url"] = "https://news.ycombinator.com/rss/",
            ["Feeds:0:Channels:0"] = "tech",
            ["Opml:0:Path"] = Fixture("inoreader.opml"),
            ["Opml:0:Channels:0"] = "news",
        }, notes);

        Assert.Equal(["tech"], Feed(settings, "hn").Channels);
        Assert.DoesNotContain(settings.Feeds, f => f.Name == "Hacker News");
        Assert.Contains(notes, n => n.Contains("https://news.ycombinator.com/rss is already feed 'hn' in Feeds"));
    }

    [Fact]
    public void The_encoding_the_xml_declaration_names_is_honoured()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("latin1.opml");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml version=\"1.0\"><body><outline text=\"Économie\" xmlUrl=\"https://eco.example/rss\"/></body></opml>"));

        var settings = Load(new() { ["Opml:0:Path"] = path, ["Opml:0:Channels:0"] = "news" });

        Assert.Equal("Économie", Assert.Single(settings.Feeds).Name);
    }

    [Fact]
    public void A_broken_file_is_refused_naming_the_file_and_line()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Opml:0:Path"] = Fixture("broken.opml"), ["Opml:0:Channels:0"] = "news" }));

        var refusal = Assert.Single(error.Errors);
        Assert.Equal("Opml:0:Path", refusal.Key);
        Assert.Contains("broken.opml: not well-formed XML at line 7", refusal.Reason);
    }

    [Fact]
    public void A_misspelt_key_of_an_entry_or_a_missing_file_names_the_key()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Opml:0:Path"] = Fixture("none.opml"), ["Opml:0:Chanels:0"] = "news" }));

        Assert.Contains(error.Errors, e => e.Key == "Opml:0" && e.Reason.Contains("Chanels"));
        Assert.Contains(error.Errors, e => e.Key == "Opml:0:Path" && e.Reason.Contains("not found"));
    }

    private static FeedSettings Feed(NewsBotSettings settings, string name) => Assert.Single(settings.Feeds, f => f.Name == name);
}
