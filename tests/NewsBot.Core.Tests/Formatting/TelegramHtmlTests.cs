using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class TelegramHtmlTests
{
    [Fact]
    public void Escape_covers_text_and_attributes() =>
        Assert.Equal("&lt;a href=&quot;x&quot;&gt; &amp;amp;", TelegramHtml.Escape("<a href=\"x\"> &amp;"));

    [Theory]
    [InlineData("<b>Fish &amp; chips</b>\n<a href=\"https://x.com/?a=1&amp;b=2\">link</a>", "Fish & chips\nlink")]
    [InlineData("&#8217;&nbsp;", "’&nbsp;")]
    [InlineData("\n <i>x</i> \n", "x")]
    public void PlainText_and_Length_agree_with_telegram(string html, string expected)
    {
        Assert.Equal(expected, TelegramHtml.PlainText(html));
        Assert.Equal(TelegramHtmlValidator.PlainText(html), TelegramHtml.PlainText(html));
        Assert.Equal(expected.Length, TelegramHtml.Length(html));
    }

    [Fact]
    public void Truncate_keeps_tags_balanced_and_entities_whole()
    {
        var html = "<b>Fish &amp; <i>chips and peas</i></b> tonight";
        var cut = TelegramHtml.Truncate(html, 10);
        Assert.Equal("<b>Fish &amp; <i>ch…</i></b>", cut);
        Assert.Null(TelegramHtmlValidator.Validate(cut, 10));
    }

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        var html = "ab" + string.Concat(Enumerable.Repeat("😀", 10));
        var cut = TelegramHtml.Truncate(html, 6);
        Assert.Equal("ab😀…", cut);
        Assert.Null(TelegramHtmlValidator.Validate(cut, 6));
    }

    [Fact]
    public void Truncate_leaves_short_text_alone() => Assert.Equal("<b>x</b>", TelegramHtml.Truncate("<b>x</b>", 1));

    [Theory]
    [InlineData("<b>x</b> <a href=\"https://x.com\">y</a>", null)]
    [InlineData("<p>x</p>", "unsupported tag <p>")]
    [InlineData("<b>x", "<b> is never closed")]
    [InlineData("<b><i>x</b></i>", "</b> found where </i> was expected")]
    [InlineData("x</b>", "</b> closes nothing")]
    [InlineData("1 < 2", "a '<' that does not start a tag")]
    public void FindError_reports_what_telegram_would_refuse(string html, string? expectedStart)
    {
        var error = TelegramHtml.FindError(html);
        if (expectedStart is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.StartsWith(expectedStart, error);
            Assert.NotNull(TelegramHtmlValidator.Validate(html));
        }
    }
}
