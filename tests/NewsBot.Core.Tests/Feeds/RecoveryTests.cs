using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public class RecoveryTests
{
    [Fact]
    public void Whitespace_before_the_xml_declaration_is_ignored()
    {
        var feed = FeedText.Parse("\n\n   " + FeedText.Rss("<title>T</title>"));

        Assert.Equal("T", Assert.Single(feed.Items).Title);
        Assert.Null(feed.Problem);
    }

    [Theory]
    [InlineData("A&nbsp;B", "A B")]
    [InlineData("Wait&hellip;", "Wait\u2026")]
    [InlineData("It&rsquo;s", "It\u2019s")]
    [InlineData("Fish & Chips", "Fish & Chips")]
    [InlineData("&copy 2024", "\u00a9 2024")]
    [InlineData("&#X41;", "A")]
    public void Html_entities_and_bare_ampersands_are_repaired(string raw, string title)
    {
        Assert.Equal(title, FeedText.SingleItem(FeedText.Rss($"<title>{raw}</title>")).Title);
    }

    [Fact]
    public void A_document_whose_repairs_make_it_several_times_longer_is_read_whole()
    {
        var title = string.Concat(Enumerable.Repeat("R&D ", 20_000));

        Assert.Equal(title.Trim(), FeedText.SingleItem(FeedText.Rss($"<title>{title}</title>")).Title);
    }

    [Fact]
    public void Cdata_sections_are_not_touched_by_the_repair()
    {
        Assert.Equal("<p>a &nbsp b</p>", FeedText.SingleItem(FeedText.Rss("<description><![CDATA[<p>a &nbsp b</p>]]></description>")).SummaryHtml);
    }

    [Fact]
    public void Truncated_documents_keep_the_items_read_so_far()
    {
        var xml = FeedText.Rss("<title>One</title>").Replace("</channel></rss>", "<item><title>Two</title><link>https://exa", StringComparison.Ordinal);

        var feed = FeedText.Parse(xml);

        Assert.Equal("One", feed.Items[0].Title);
        Assert.NotNull(feed.Problem);
    }

    [Fact]
    public void Undeclared_common_prefixes_still_parse()
    {
        var item = FeedText.SingleItem("<rss version=\"2.0\"><channel><item><dc:creator>Ann</dc:creator></item></channel></rss>");

        Assert.Equal("Ann", item.Author);
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        Assert.Equal("ab", FeedText.SingleItem(FeedText.Rss("<title>a\u000Fb</title>")).Title);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><item><title>Not\u00edcia \u0093quoted\u0094</title></item></channel></rss>");

        var feed = FeedParser.Parse(bytes);

        Assert.Equal("windows-1252", feed.Encoding);
        Assert.Equal("Not\u00edcia \u201cquoted\u201d", Assert.Single(feed.Items).Title);
        Assert.NotNull(feed.Problem);
    }

    [Fact]
    public void Double_encoded_utf8_text_is_repaired()
    {
        Assert.Equal("Le Figaro \u00e9t\u00e9", FeedText.SingleItem(FeedText.Rss("<title>Le Figaro \u00c3\u00a9t\u00c3\u00a9</title>")).Title);
    }

    [Fact]
    public void Declared_encoding_is_used_when_there_is_no_bom()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>caf\u00e9</title></item></channel></rss>");

        var feed = FeedParser.Parse(bytes);

        Assert.Equal("iso-8859-1", feed.Encoding);
        Assert.Equal("caf\u00e9", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void The_http_charset_beats_the_declaration_and_the_bom_beats_both()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><item><title>\u0416</title></item></channel></rss>";
        var cyrillic = CodePages().GetBytes(xml);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(xml)).ToArray();

        Assert.Equal("\u0416", FeedParser.Parse(cyrillic, new FeedParseOptions { HttpCharset = "windows-1251" }).Items[0].Title);
        Assert.Equal("\u0416", FeedParser.Parse(withBom, new FeedParseOptions { HttpCharset = "windows-1251" }).Items[0].Title);
    }

    [Fact]
    public void Utf16_with_a_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(FeedText.Rss("<title>\u00e9t\u00e9</title>"))).ToArray();

        var feed = FeedParser.Parse(bytes);

        Assert.Equal("utf-16le", feed.Encoding);
        Assert.Equal("\u00e9t\u00e9", Assert.Single(feed.Items).Title);
    }

    [Theory]
    [InlineData("", "empty document")]
    [InlineData("  \n ", "empty document")]
    [InlineData("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "HTML")]
    [InlineData("<note><to>Tove</to></note>", "<note>")]
    public void Documents_that_are_not_feeds_throw(string text, string message)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(text)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("windows-1251");
    }
}
