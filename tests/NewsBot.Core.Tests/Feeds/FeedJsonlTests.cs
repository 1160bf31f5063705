using System.Text.Json;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Tests.Feeds;

public class FeedJsonlTests
{
    [Fact]
    public void Writes_the_corpus_schema_with_normalized_text()
    {
        var feed = FeedText.Parse(FeedText.Rss("""
            <title>  Two   words </title><link>https://example.com/1</link><pubDate>Sat, 16 Dec 2023 09:02:33 -0500</pubDate>
            <description><![CDATA[<p>Para&nbsp;one</p><script>alert(1)</script><style>p{}</style><p>two&amp;three</p>]]></description>
            <enclosure url="https://cdn.example.com/a.jpg" type="image/jpeg"/>
            """));

        using var line = JsonDocument.Parse(FeedJsonl.ToJsonLine("realworld/x.xml", 123, feed, null));
        var root = line.RootElement;
        var entry = root.GetProperty("entries")[0];

        Assert.Equal("realworld/x.xml", root.GetProperty("file").GetString());
        Assert.Equal(123, root.GetProperty("bytes").GetInt64());
        Assert.Equal("newsbot", root.GetProperty("parser").GetString());
        Assert.Equal("rss20", root.GetProperty("format").GetString());
        Assert.False(root.GetProperty("bozo").GetBoolean());
        Assert.Equal(1, root.GetProperty("entry_count").GetInt32());
        Assert.Equal("Channel", root.GetProperty("feed").GetProperty("title").GetString());
        Assert.Equal("Two words", entry.GetProperty("title").GetString());
        Assert.Equal("2023-12-16T14:02:33Z", entry.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("updated").ValueKind);
        Assert.Equal("Para one two&three", entry.GetProperty("summary").GetString());
        Assert.Equal("https://cdn.example.com/a.jpg", entry.GetProperty("media")[0].GetString());
    }

    [Fact]
    public void Summaries_are_cut_to_300_characters()
    {
        var feed = FeedText.Parse(FeedText.Rss($"<description>{new string('x', 1000)}</description>"));

        using var line = JsonDocument.Parse(FeedJsonl.ToJsonLine("f", 1, feed, null));

        Assert.Equal(300, line.RootElement.GetProperty("entries")[0].GetProperty("summary").GetString()!.Length);
    }

    [Fact]
    public void Errors_are_written_with_an_empty_feed()
    {
        using var line = JsonDocument.Parse(FeedJsonl.ToJsonLine("f.html", 10, null, "not a feed"));
        var root = line.RootElement;

        Assert.True(root.GetProperty("bozo").GetBoolean());
        Assert.Equal("not a feed", root.GetProperty("error").GetString());
        Assert.Equal(0, root.GetProperty("entry_count").GetInt32());
    }
}
