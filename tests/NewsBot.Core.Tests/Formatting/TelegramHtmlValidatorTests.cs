using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class TelegramHtmlValidatorTests
{
    private const string Prefix = "Bad Request: can't parse entities: ";

    [Theory]
    [InlineData("<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <strong>x</strong> <em>y</em> <ins>z</ins> <del>d</del> <strike>k</strike>")]
    [InlineData("<a href=\"https://example.com/?a=1&amp;b=2\">link</a>")]
    [InlineData("<a href='https://example.com'>single quotes</a>")]
    [InlineData("<A HREF=\"https://example.com\">upper-case tag, ignored attribute</A>")]
    [InlineData("<code>x</code> <pre><code class=\"language-cs\">var x;</code></pre>")]
    [InlineData("<blockquote>quote</blockquote><blockquote expandable>more</blockquote>")]
    [InlineData("<tg-spoiler>x</tg-spoiler><span class=\"tg-spoiler\">y</span>")]
    [InlineData("Fish &amp; chips &lt;3 &gt; &quot;q&quot; &#8217; &#x2019; &nbsp;&mdash;")]
    [InlineData("bare & and > are accepted")]
    [InlineData("<b>x</>")]
    [InlineData("<b >x</b >")]
    [InlineData("<a href=example.com>name token</a>")]
    [InlineData("<b></b>text")]
    public void Accepts_valid_html(string html) => Assert.Null(TelegramHtmlValidator.Validate(html));

    [Theory]
    [InlineData("<p>Hello</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("a<br>b", "Unsupported start tag \"br\" at byte offset 1")]
    [InlineData("<br/>", "Unsupported start tag \"br/\" at byte offset 0")]
    [InlineData("1 < 2", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("é<P>", "Unsupported start tag \"p\" at byte offset 2")]
    [InlineData("😀 <img src=\"x\">", "Unsupported start tag \"img\" at byte offset 5")]
    [InlineData("<b", "Unclosed start tag at byte offset 0")]
    [InlineData("<a href=\"x\"", "Unclosed start tag at byte offset 0")]
    [InlineData("<a href=", "Unclosed start tag \"a\" at byte offset 0")]
    [InlineData("<a href", "Unclosed start tag \"a\" at byte offset 0")]
    [InlineData("<a =\"x\">y</a>", "Empty attribute name in the tag \"a\" at byte offset 0")]
    [InlineData("<a href=https://x.com>y</a>", "Unexpected end of name token at byte offset 8")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<b>x</b", "Unclosed end tag at byte offset 4")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<tg-emoji emoji-id=\"abc\">x</tg-emoji>", "Invalid custom emoji identifier specified")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"q\">x</tg-time>", "Invalid date format used")]
    [InlineData("&#xD83D;", "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units")]
    public void Reports_parse_errors_like_telegram(string html, string error) =>
        Assert.Equal(Prefix + error, TelegramHtmlValidator.Validate(html));

    [Theory]
    [InlineData("", "Bad Request: message text is empty")]
    [InlineData("<b> </b>", "Bad Request: text must be non-empty")]
    [InlineData(" \n\r\t ", "Bad Request: text must be non-empty")]
    [InlineData("<b></b>", "Bad Request: text must be non-empty")]
    public void Refuses_empty_text(string html, string error) => Assert.Equal(error, TelegramHtmlValidator.Validate(html));

    [Fact]
    public void Captions_may_be_empty() => Assert.Null(TelegramHtmlValidator.ValidateCaption(""));

    [Fact]
    public void Measures_length_after_parsing_in_utf16_units()
    {
        var exact = "<b>" + new string('x', 4093) + "</b>&amp;😀";
        Assert.Equal(4096, TelegramHtmlValidator.PlainText(exact).Length);
        Assert.Null(TelegramHtmlValidator.Validate(exact));
        Assert.Equal("Bad Request: message is too long", TelegramHtmlValidator.Validate(exact + "z"));
    }

    [Fact]
    public void Emoji_count_as_two_units()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 512));
        Assert.Null(TelegramHtmlValidator.ValidateCaption(text));
        Assert.Equal("Bad Request: message caption is too long", TelegramHtmlValidator.ValidateCaption(text + "a"));
    }

    [Fact]
    public void Surrounding_whitespace_does_not_count() =>
        Assert.Null(TelegramHtmlValidator.Validate("\n  " + new string('x', 4096) + "  \n\n"));

    [Fact]
    public void Refuses_raw_text_above_32768_bytes() =>
        Assert.Equal("Bad Request: text is too long", TelegramHtmlValidator.Validate(new string('é', 16385)));

    [Theory]
    [InlineData("<b>Fish &amp; chips</b>", "Fish & chips")]
    [InlineData("it&#8217;s &nbsp;x", "it\u2019s &nbsp;x")]
    [InlineData("&amp;amp;", "&amp;")]
    [InlineData("  <b> x</b> \n", " x")]
    [InlineData("a\tb\r\nc", "a b\nc")]
    [InlineData("&lt;b&gt", "<b>")]
    [InlineData("&ltb;", "&ltb;")]
    public void PlainText_is_what_telegram_shows(string html, string expected) =>
        Assert.Equal(expected, TelegramHtmlValidator.PlainText(html));

    [Fact]
    public void Refuses_a_lone_surrogate() =>
        Assert.Equal("Bad Request: strings must be encoded in UTF-8", TelegramHtmlValidator.Validate("x\uD83D"));
}
