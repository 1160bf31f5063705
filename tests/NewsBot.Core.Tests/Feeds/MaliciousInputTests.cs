using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Dates;

namespace NewsBot.Core.Tests.Feeds;

public class MaliciousInputTests
{
    [Fact]
    public void External_entities_are_never_read()
    {
        var feed = FeedText.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&xxe;</title><description>x&xxe;</description></item></channel></rss>
            """);

        var item = Assert.Single(feed.Items);
        Assert.DoesNotContain("root:", item.Title ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("root:", item.SummaryHtml ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_is_not_expanded()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{(level == 1 ? "" : level - 1)};", 10))}\">");
        }
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>";
        var stopwatch = Stopwatch.StartNew();

        var feed = FeedText.Parse(xml);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.True((Assert.Single(feed.Items).Title ?? "").Length < 100);
    }

    [Fact]
    public void Huge_inputs_are_read_in_linear_time()
    {
        var small = Measure(2_000);
        var large = Measure(20_000);

        // Ten times the input; allow generous noise on a shared machine, but not quadratic growth (100×).
        Assert.True(large < small * 40 + TimeSpan.FromMilliseconds(500), $"2k items {small}, 20k items {large}");
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var depth = 100_000;
        var xml = "<rss version=\"2.0\"><channel><item><title>T</title>" + string.Concat(Enumerable.Repeat("<x>", depth))
            + string.Concat(Enumerable.Repeat("</x>", depth)) + "</item></channel></rss>";

        Assert.Equal("T", Assert.Single(FeedText.Parse(xml).Items).Title);
    }

    [Fact]
    public void Ampersand_floods_are_repaired_in_linear_time()
    {
        var xml = FeedText.Rss($"<title>{string.Concat(Enumerable.Repeat("a & b &nbsp; ", 200_000))}</title>");
        var stopwatch = Stopwatch.StartNew();

        var title = FeedText.SingleItem(xml).Title;

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.StartsWith("a & b", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_at_any_point_never_throws_anything_but_not_a_feed()
    {
        var data = File.ReadAllBytes(NewsBot.Testing.CorpusFiles.PathOf("realworld/feed-rs/rss_2.0_nbcny.xml"));

        for (var length = 0; length < data.Length; length += 97)
        {
            try
            {
                FeedParser.Parse(data.AsSpan(0, length));
            }
            catch (FeedFormatException)
            {
                // A prefix with no root element yet is not a feed.
            }
        }
    }

    [Theory]
    [InlineData("99999999999999999999999")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("Fri, 31 Dec 9999 24:00:00 -1200")]
    public void Extreme_dates_are_null_or_valid_but_never_throw(string raw)
    {
        var exception = Record.Exception(() => FeedDates.Parse(raw));

        Assert.Null(exception);
    }

    private static TimeSpan Measure(int items)
    {
        var body = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title>");
        for (var i = 0; i < items; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i} &amp; more</title><link>https://example.com/{i}</link><description>&lt;p&gt;Text {i}&lt;/p&gt;</description><pubDate>Sat, 16 Dec 2023 14:02:33 GMT</pubDate></item>");
        }
        var bytes = Encoding.UTF8.GetBytes(body.Append("</channel></rss>").ToString());
        FeedParser.Parse(bytes);
        var stopwatch = Stopwatch.StartNew();
        Assert.Equal(items, FeedParser.Parse(bytes).Items.Count);
        return stopwatch.Elapsed;
    }
}
