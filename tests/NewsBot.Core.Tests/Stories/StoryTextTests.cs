using NewsBot.Core.Feeds;
using NewsBot.Core.Formatting;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class StoryTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    // The Verge (feedreader/AtomTheVerge.xml), double-encoded through windows-1252
    [InlineData("I played Battlefield on Razerâ€™s three-screen laptop", "I played Battlefield on Razer’s three-screen laptop")]
    // Der Standard (feedreader/Rss20DaStandardAt.xml)
    [InlineData("Bosnier in Ã–sterreich - \"Ich wollte meinen Kindern zeigen, dass sich KÃ¤mpfen lohnt\"", "Bosnier in Österreich - \"Ich wollte meinen Kindern zeigen, dass sich Kämpfen lohnt\"")]
    [InlineData("lâ€™hÃ©roÃ¯ne", "l’héroïne")]
    [InlineData("Das LehrstÃ¼ck der Disruption", "Das Lehrstück der Disruption")]
    // Le Monde (feedreader/Rss20LeMonde.xml): a doubled no-break space and "à", squashed to a space by the parser
    [InlineData("FlorideÂ : ce que l’on sait de la fusillade Ã l’aéroport", "Floride\u00A0: ce que l’on sait de la fusillade à l’aéroport")]
    [InlineData("Primavera. De Rossi: “serve la giusta mentalitÃ ”", "Primavera. De Rossi: “serve la giusta mentalità”")]
    // Cyrillic
    [InlineData("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет")]
    // Real text that only looks like it
    [InlineData("Spaß… und ESPAÑA» gewinnt", "Spaß… und ESPAÑA» gewinnt")]
    [InlineData("NAPOLEÃO DE ALMEIDA e a IRMÃ DELE", "NAPOLEÃO DE ALMEIDA e a IRMÃ DELE")]
    [InlineData("Café, naïve, Zürich — 10 °C", "Café, naïve, Zürich — 10 °C")]
    // Stray character references of a feed that escaped twice
    [InlineData("Fish &amp; chips &#8217;n peas", "Fish & chips ’n peas")]
    public void Repairs_a_headline(string raw, string expected) =>
        Assert.Equal(expected, StoryText.CleanPlain(raw));

    [Theory]
    [InlineData("Breaking\u202E sdrawkcab\u202C news", "Breaking sdrawkcab news")]
    [InlineData("Zero\u200Bwidth\u2066 isolate\u2069 and\uFEFF BOM", "Zerowidth isolate and BOM")]
    public void Strips_characters_that_spoof_how_text_reads(string raw, string expected) =>
        Assert.Equal(expected, StoryText.CleanPlain(raw));

    [Theory]
    [InlineData("می\u200Cخواهم")] // Persian needs ZWNJ
    [InlineData("👨\u200D👩\u200D👧")] // an emoji family needs ZWJ
    public void Keeps_joiners_that_scripts_and_emoji_need(string text) =>
        Assert.Equal(text, StoryText.CleanPlain(text));

    [Fact]
    public void Every_field_of_a_story_gets_the_same_repair()
    {
        // 20minutos (feedreader/Rss10Minutos20.xml): headline and summary broken alike
        var feed = new ParsedFeed
        {
            Format = "rss20",
            Items =
            [
                new FeedItem
                {
                    Id = "1",
                    Title = "En el Ãºltimo pleno",
                    SummaryHtml = "<p>En el Ãºltimo pleno, el alcalde vinculÃ³ la subida al IPC.</p>",
                    Author = "JosÃ© PÃ©rez",
                    Published = Now.AddHours(-1),
                },
            ],
        };
        var story = StoryFactory.FromFeed("f", feed, Now).Single();

        Assert.Equal("En el último pleno", story.Title);
        Assert.Equal("José Pérez", story.Author);
        Assert.Equal("En el último pleno, el alcalde vinculó la subida al IPC.", new Summary().Of(story));
    }
}
