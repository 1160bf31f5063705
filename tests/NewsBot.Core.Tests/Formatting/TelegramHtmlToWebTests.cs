using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public class TelegramHtmlToWebTests
{
    [Fact]
    public void Telegram_formatting_and_http_links_are_kept_and_new_lines_break()
    {
        var html = TelegramHtmlToWeb.Convert("<b>Bold</b> <i>it</i>\n<a href=\"https://news.example/a?x=1&amp;y=2\">read</a>");

        Assert.Equal("<b>Bold</b> <i>it</i><br><a href=\"https://news.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">read</a>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "alert(1)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://a.example/\" onclick=\"alert(1)\">x</a>", "<a href=\"https://a.example/\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("1 &lt; 2 &amp; \"q\"", "1 &lt; 2 &amp; &quot;q&quot;")]
    public void Anything_else_is_dropped_or_escaped(string telegramHtml, string expected)
    {
        Assert.Equal(expected, TelegramHtmlToWeb.Convert(telegramHtml));
    }

    [Fact]
    public void Tags_left_open_or_misnested_are_closed_inside_the_post()
    {
        Assert.Equal("<b><i>x</i></b>y", TelegramHtmlToWeb.Convert("<b><i>x</b>y</i>"));
        Assert.Equal("<b>open</b>", TelegramHtmlToWeb.Convert("<b>open"));
        Assert.Equal("<span class=\"spoiler\">s</span>", TelegramHtmlToWeb.Convert("<tg-spoiler>s</tg-spoiler>"));
    }
}
