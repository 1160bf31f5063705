using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class HtmlToTelegramTests
{
    // The Guardian (rss-parser/guardian.rss), decoded once from the feed.
    private const string Guardian =
        "<p>The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt</p>"
        + "<p>Donald Trump has promised a “new American moment” in a State of the Union address.</p>"
        + "<p> <span>Related: </span><a href=\"https://www.theguardian.com/us-news/2018/jan/30/fact-check\">Fact check: Donald Trump's State of the Union address analyzed</a> </p>"
        + " <a href=\"https://www.theguardian.com/us-news/2018/jan/31/unity-discord\">Continue reading...</a>";

    // Reuters via FeedBurner (feedreader/Rss20Reuters.xml): feedflare links around images, then a 1x1 pixel.
    private const string Reuters =
        "BAGHDAD (Reuters) - Iraq's Prime Minister Haider al-Abadi said on Saturday an agreement had been reached.<div class=\"feedflare\">\n"
        + "<a href=\"http://feeds.reuters.com/~ff/Reuters/worldNews?a=xROvFa03AOc:hIMpxZEgCgg:yIl2AUoC8zA\"><img src=\"http://feeds.feedburner.com/~ff/Reuters/worldNews?d=yIl2AUoC8zA\" border=\"0\"></img></a>\n"
        + "</div><img src=\"http://feeds.feedburner.com/~r/Reuters/worldNews/~4/xROvFa03AOc\" height=\"1\" width=\"1\" alt=\"\"/>";

    // TechCrunch (feedjira/TechCrunch.xml): WordPress thumbnail, then text with links.
    private const string TechCrunch =
        "<img width=\"100\" height=\"62\" src=\"http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=100&amp;h=62&amp;crop=1\" class=\"wp-post-image\" />"
        + "Angie's List has just set the terms for its IPO. In a <a href=\"http://www.sec.gov/Archives/edgar/data/1491778/d222159ds1a.htm\">new filing</a>, "
        + "the company revealed that it aims to raise as much as $131.4 million.\n\nAngie’s List launched in 1995.";

    [Fact]
    public void Paragraphs_become_blank_lines_and_links_stay()
    {
        var html = HtmlToTelegram.Convert(Guardian);
        Assert.Equal(
            "The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt\n\n"
            + "Donald Trump has promised a “new American moment” in a State of the Union address.\n\n"
            + "Related: <a href=\"https://www.theguardian.com/us-news/2018/jan/30/fact-check\">Fact check: Donald Trump's State of the Union address analyzed</a>\n\n"
            + "<a href=\"https://www.theguardian.com/us-news/2018/jan/31/unity-discord\">Continue reading...</a>",
            html);
        Assert.Null(TelegramHtmlValidator.Validate(html));
    }

    [Fact]
    public void Images_and_tracking_pixels_are_dropped_with_their_empty_links()
    {
        var html = HtmlToTelegram.Convert(Reuters);
        Assert.Equal("BAGHDAD (Reuters) - Iraq's Prime Minister Haider al-Abadi said on Saturday an agreement had been reached.", html);
    }

    [Fact]
    public void Inline_images_are_dropped_and_text_kept()
    {
        var html = HtmlToTelegram.Convert(TechCrunch);
        Assert.StartsWith("Angie's List has just set the terms for its IPO. In a <a href=\"http://www.sec.gov/", html);
        Assert.EndsWith("$131.4 million. Angie’s List launched in 1995.", html);
        Assert.Null(TelegramHtmlValidator.Validate(html));
    }

    [Theory]
    [InlineData("<strong>a</strong> <em>b</em> <ins>c</ins> <del>d</del>", "<b>a</b> <i>b</i> <u>c</u> <s>d</s>")]
    [InlineData("<h2>Head</h2><p>Body</p>", "<b>Head</b>\n\nBody")]
    [InlineData("<ul><li>One</li><li>Two</li></ul>", "• One\n• Two")]
    [InlineData("a<br>b<br/><br>c", "a\nb\nc")]
    [InlineData("<p>a</p>\n\n<p></p><div><p>b</p></div>", "a\n\nb")]
    [InlineData("<script>alert(1)</script><style>p{}</style><iframe src=x></iframe><noscript>n</noscript><form><input></form>x", "x")]
    [InlineData("<a href=\"javascript:alert(1)\">js</a> <a href=\"/relative\">rel</a>", "js rel")]
    [InlineData("<a href=\"https://x.com/?a=1&amp;b=&quot;2&quot;\">q</a>", "<a href=\"https://x.com/?a=1&amp;b=&quot;2&quot;\">q</a>")]
    [InlineData("1 < 2 &amp;&amp; 3 > 2", "1 &lt; 2 &amp;&amp; 3 &gt; 2")]
    [InlineData("Fish &amp;amp; chips &#8217;n&nbsp;peas", "Fish &amp;amp; chips ’n peas")]
    [InlineData("<pre>  x = 1\n  y = 2</pre>", "<pre>  x = 1\n  y = 2</pre>")]
    [InlineData("<blockquote>Quote <blockquote>inner</blockquote></blockquote>", "<blockquote>Quote\n\ninner</blockquote>")]
    [InlineData("<code><b>x</b></code>", "<code>x</code>")]
    [InlineData("<a href=\"https://a.com\">out <a href=\"https://b.com\">in</a></a>", "<a href=\"https://a.com\">out</a> <a href=\"https://b.com\">in</a>")]
    [InlineData("<b> </b>", "")]
    [InlineData("", "")]
    public void Converts_to_telegram_subset(string input, string expected) =>
        Assert.Equal(expected, HtmlToTelegram.Convert(input));

    [Fact]
    public void Lone_surrogates_are_replaced_and_pairs_kept()
    {
        var html = HtmlToTelegram.Convert("😀 x\uD83D y");
        Assert.Equal("😀 x\uFFFD y", html);
        Assert.Null(TelegramHtmlValidator.Validate(html));
    }

    [Theory]
    [InlineData("<p>Unclosed <b>bold <i>and italic")]
    [InlineData("<b><i>crossed</b></i>")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr></table>")]
    [InlineData("&lt;p&gt; literal tags &lt;/p&gt;")]
    public void Output_of_broken_html_is_still_valid(string input)
    {
        var html = HtmlToTelegram.Convert(input);
        Assert.Null(TelegramHtmlValidator.Validate(html));
    }
}
