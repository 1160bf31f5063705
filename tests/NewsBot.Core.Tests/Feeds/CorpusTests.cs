using NewsBot.Core.Feeds;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Feeds;

public class CorpusTests
{
    private static readonly string[] SkippedSuffixes = [".md", ".tsv", ".jsonl", ".txt", ".py", ".gz"];

    public static TheoryData<string> FeedFolders => new() { "feedparser", "gofeed", "realworld" };

    [Theory]
    [MemberData(nameof(FeedFolders))]
    public void Every_corpus_file_parses_or_is_rejected_as_not_a_feed(string folder)
    {
        var files = Directory.EnumerateFiles(CorpusFiles.PathOf(folder), "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.') && !SkippedSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var items = 0;

        foreach (var path in files)
        {
            try
            {
                var feed = FeedParser.Parse(File.ReadAllBytes(path));
                items += feed.Items.Count;
                Assert.NotNull(FeedJsonl.ToJsonLine(path, 0, feed, null));
            }
            catch (FeedFormatException)
            {
                // Not a feed at all: the one exception Parse may throw.
            }
        }

        Assert.NotEmpty(files);
        Assert.True(items > files.Count / 2);
    }

    [Fact]
    public void Nbc_twelve_hour_clock_is_read_as_pm()
    {
        var item = Parse("realworld/feed-rs/rss_2.0_nbcny.xml").Items[0];

        Assert.Equal(new DateTimeOffset(2023, 12, 16, 14, 2, 33, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Illegally_nested_items_give_twenty_entries()
    {
        var feed = Parse("realworld/node-feedparser/illegally-nested.xml");

        Assert.Equal(20, feed.Items.Count);
        Assert.Equal(10, feed.Items.Count(item => item.Title is null));
    }

    [Fact]
    public void La_nacion_empty_descriptions_fall_back_to_the_content()
    {
        var feed = Parse("realworld/rsparser/lanacion.xml");

        Assert.All(feed.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.SummaryHtml)));
    }

    [Fact]
    public void Uol_latin1_without_declaration_reads_portuguese_dates_and_text()
    {
        var feed = Parse("realworld/rss-parser/uolNoticias.rss");

        Assert.Equal("windows-1252", feed.Encoding);
        Assert.All(feed.Items, item => Assert.NotNull(item.Published));
    }

    private static ParsedFeed Parse(string relative) => FeedParser.Parse(File.ReadAllBytes(CorpusFiles.PathOf(relative)));
}
