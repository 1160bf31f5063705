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
    // A source's own "[…]" reads as "…"
    [InlineData("Prices rose again in March [&#8230;]", "Prices rose again in March…")]
    [InlineData("Prices rose again in March [...]", "Prices rose again in March…")]
    [InlineData("Prices rose again in March. [&#8230;]", "Prices rose again in March.")]
    [InlineData("Prices rose again. Read more »", "Prices rose again.")]
    [InlineData("Prices rose again. Read the full story", "Prices rose again.")]
    [InlineData("Prices rose again. Click here to sign up for alerts. Markets fell.", "Prices rose again. Markets fell.")]
    [InlineData("Prices rose again. Subscribe to our newsletter!", "Prices rose again.")]
    [InlineData("Readers who subscribe to newspapers are older.", "Readers who subscribe to newspapers are older.")]
    [InlineData("Fish &amp;amp; chips &#8217;n peas", "Fish &amp; chips ’n peas")]
    // WordPress footer of a site whose name is a domain: cut at the final full stop, not inside "Boston.com" (Boston.com)
    [InlineData("<p>The Red Sox won again.</p><p>The post <a href=\"https://www.boston.com/x\">Sox win</a> appeared first on Boston.com.</p>", "The Red Sox won again.")]
    [InlineData("Die Stadt wächst. Der Beitrag Stadt wächst erschien zuerst auf Beispiel.de.", "Die Stadt wächst.")]
    [InlineData("Le gouvernement a démissionné. Lire la suite", "Le gouvernement a démissionné.")]
    [InlineData("O governo caiu. Leia mais »", "O governo caiu.")]
    // Massa News (feedreader/Rss20MassaNews.xml): the source's own cut, then "read more at" the site
    // UOL (rss-parser/uolNoticias.rss)
    [InlineData("Já são mais de 500 mil testes completos. Leia mais (09/24/2018 - 19h22)", "Já são mais de 500 mil testes completos.")]
    [InlineData("O corpo foi localizado na noite desta quinta-feira (5). D... Leia mais no Massa News!", "O corpo foi localizado na noite desta quinta-feira (5). D...")]
    [InlineData("The storm hit at dawn. Read the full story at Example News.", "The storm hit at dawn.")]
    [InlineData("The storm hit at dawn. Subscribe • YouTube • Podcasts • Spotify • Apple Podcasts", "The storm hit at dawn.")]
    [InlineData("The storm hit at dawn. © 2026 Example News. All rights reserved.", "The storm hit at dawn.")]
    // Paragraphs a source ran together (livemint)
    [InlineData("Investors watch the slowdown.Expectations are also growing", "Investors watch the slowdown. Expectations are also growing")]
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
        Assert.Equal("The first sentence is about the flood.", cut);
    }

    [Fact]
    public void Ends_on_the_last_sentence_that_fits_even_early_in_the_budget()
    {
        // Big outlets' leads: one short sentence, then a long one (a sentence end in the first half of the budget counts).
        var text = "Police have arrested a man after a stabbing in the city centre on Friday night. " + string.Join(' ', Enumerable.Repeat("The investigation continues with witnesses", 10)) + ".";
        Assert.Equal("Police have arrested a man after a stabbing in the city centre on Friday night.", Summary.Shorten(text, 300));
    }

    [Theory]
    [InlineData("He met Dr. Smith and Mr. Jones in the U.S. capital, where rates rose 3.5 percent to a record level today")]
    [InlineData("The report was published on Boston.com and covered by nytimes.com across the country this morning")]
    public void Abbreviations_domains_and_numbers_end_no_sentence(string text)
    {
        var cut = Summary.Shorten(text, 80);
        Assert.EndsWith("…", cut);
        Assert.True(cut.Length <= 80);
    }

    [Theory]
    [InlineData("Comments")]
    [InlineData("Read more")]
    [InlineData("Leia mais")]
    [InlineData("<a href=\"https://news.ycombinator.com/item?id=1\">Comments</a>")]
    // Hacker News via hnrss
    [InlineData("<p>Article URL: <a href=\"https://example.com/a\">https://example.com/a</a></p><p>Comments URL: <a href=\"https://news.ycombinator.com/item?id=1\">https://news.ycombinator.com/item?id=1</a></p><p>Points: 12</p><p># Comments: 3</p>")]
    // A list of related links and nothing else
    [InlineData("<ul><li><a href=\"https://x.example/1\">Markets slide as rates rise</a></li><li><a href=\"https://x.example/2\">What it means for you</a></li></ul>")]
    public void A_summary_that_is_only_a_link_label_or_links_is_none(string html) =>
        Assert.Equal("", summary.Of(TestStories.Make(summaryHtml: html)));

    [Fact]
    public void A_single_link_with_real_text_is_kept()
    {
        var html = "<a href=\"https://x.example/1\">The ministry confirmed two new cases on Monday.</a>";
        Assert.Equal("The ministry confirmed two new cases on Monday.", summary.Of(TestStories.Make(summaryHtml: html)));
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
