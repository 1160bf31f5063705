using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public class SummaryTests
{
    private readonly Summary summary = new();

    [Theory]
    // WordPress footer (typical of publisher feeds)
    [InlineData("<p>Flooding closed the main road on Monday.</p><p>The post <a href=\"https://news.example/flood\">Floods close road</a> appeared first on <a href=\"https://news.example\">Example News</a>.</p>",
        "Flooding closed the main road on Monday.")]
    // The Straits Times footer
    [InlineData("<p>The ministry confirmed two new cases.</p><p>Join ST's Telegram channel and get the latest breaking news delivered to you.</p>",
        "The ministry confirmed two new cases.")]
    [InlineData("The ministry confirmed two new cases. Join our Telegram channel for the latest updates.", "The ministry confirmed two new cases.")]
    [InlineData("The ministry confirmed two new cases. Follow us on WhatsApp!", "The ministry confirmed two new cases.")]
    [InlineData("Users can join our Telegram channel experiment, the ministry said.", "Users can join our Telegram channel experiment, the ministry said.")]
    // The Guardian (rss-parser/guardian.rss)
    [InlineData("<p>Donald Trump has promised a “new American moment”.</p> <a href=\"https://www.theguardian.com/us-news/2018/jan/31/x\">Continue reading...</a>",
        "Donald Trump has promised a “new American moment”.")]
    [InlineData("Prices rose again in March [&#8230;]", "Prices rose again in March")]
    [InlineData("Prices rose again in March [...]", "Prices rose again in March")]
    [InlineData("Prices rose again. Read more »", "Prices rose again.")]
    [InlineData("Prices rose again. Read the full story", "Prices rose again.")]
    [InlineData("Prices rose again. Click here to sign up for alerts. Markets fell.", "Prices rose again. Markets fell.")]
    [InlineData("Prices rose again. Subscribe to our newsletter!", "Prices rose again.")]
    [InlineData("Readers who subscribe to newspapers are older.", "Readers who subscribe to newspapers are older.")]
    [InlineData("Fish &amp;amp; chips &#8217;n peas", "Fish &amp; chips ’n peas")]
    public void Removes_boilerplate_and_markup(string html, string expected) =>
        Assert.Equal(expected, summary.Of(TestStories.Make(summaryHtml: html)));

    [Fact]
    public void Falls_back_to_content_when_summary_is_empty()
    {
        var story = TestStories.Make() with { SummaryHtml = " ", ContentHtml = "<p>From the content.</p>" };
        Assert.Equal("From the content.", summary.Of(story));
    }

    [Theory]
    [InlineData("Iraq and Turkey reach agreement on troops")]
    [InlineData("<p>Iraq and Turkey reach agreement on troops.</p>")]
    [InlineData("<p>Iraq and Turkey reach agreement</p>")]
    public void Drops_a_summary_that_only_repeats_the_title(string html) =>
        Assert.Equal("", summary.Of(TestStories.Make(summaryHtml: html)));

    [Fact]
    public void Cuts_at_a_sentence_end_within_the_limit()
    {
        var text = "The first sentence is about the flood. The second one is much longer and tells what the city council decided to do.";
        var cut = Summary.Shorten(text, 60);
        Assert.Equal("The first sentence is about the flood. …", cut);
    }

    [Fact]
    public void Cuts_after_a_whole_word_when_no_sentence_ends_in_time()
    {
        var text = "U.S. officials said the talks in Geneva would continue next week despite objections";
        var cut = Summary.Shorten(text, 40);
        Assert.Equal("U.S. officials said the talks in Geneva…", cut);
        Assert.True(cut.Length <= 40);
    }

    [Fact]
    public void Never_splits_a_surrogate_pair()
    {
        var text = new string('x', 10) + string.Concat(Enumerable.Repeat("😀", 20));
        var cut = Summary.Shorten(text, 15);
        Assert.Equal(new string('x', 10) + "😀😀…", cut);
    }

    [Fact]
    public void Default_length_is_300()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 200));
        var cut = summary.Of(TestStories.Make(summaryHtml: words));
        Assert.True(cut.Length <= 300);
        Assert.EndsWith("word…", cut);
    }

    [Fact]
    public void Boilerplate_patterns_are_configurable()
    {
        var custom = new Summary(["Sponsored by .*$"]);
        Assert.Equal("Markets rallied.", custom.Of(TestStories.Make(summaryHtml: "Markets rallied. Sponsored by Acme")));
    }
}
