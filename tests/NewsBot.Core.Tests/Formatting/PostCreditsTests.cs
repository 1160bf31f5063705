using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public class PostCreditsTests
{
    private static readonly OutgoingPost Post = new() { Html = "<b>Tanker escapes Libya</b>", PlainText = "Tanker escapes Libya" };

    [Fact]
    public void Credits_name_each_source_linked_to_its_own_report()
    {
        var credited = PostCredits.With(Post, [new("Reuters", "https://reuters.example/a?x=1&y=2"), new("BBC & Co", null)]);

        Assert.Equal("<b>Tanker escapes Libya</b>\n\nAlso: <a href=\"https://reuters.example/a?x=1&amp;y=2\">Reuters</a> · BBC &amp; Co", credited.Html);
        Assert.Equal("Tanker escapes Libya\n\nAlso: Reuters · BBC & Co", credited.PlainText);
    }

    [Fact]
    public void Credits_that_do_not_fit_a_caption_are_counted()
    {
        var photo = Post with { PhotoUrl = "https://img.example/p.jpg", Html = new string('x', 960) };
        var credits = Enumerable.Range(0, 10).Select(i => new Credit($"Source {i}", null)).ToList();

        var credited = PostCredits.With(photo, credits);

        Assert.True(TelegramHtml.Length(credited.Html) <= PostFormatter.CaptionMaxLength);
        Assert.EndsWith("more", credited.Html);
    }
}
