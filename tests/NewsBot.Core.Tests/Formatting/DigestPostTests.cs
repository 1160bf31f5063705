using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class DigestPostTests
{
    [Fact]
    public void Headlines_from_the_posts_fields_become_one_silent_post_of_links_that_telegram_accepts()
    {
        var posts = new[]
        {
            new PostDraft { Title = "Fish & chips", Lead = "Text.", Link = "https://news.example/a?x=1&y=2" },
            new PostDraft { Title = "No link" },
        };

        var digest = DigestPost.Combine(posts);

        Assert.Equal("<b>More news</b>\n\n• <a href=\"https://news.example/a?x=1&amp;y=2\">Fish &amp; chips</a>\n• No link", digest.Html);
        Assert.Null(TelegramHtmlValidator.Validate(digest.Html));
        Assert.True(digest.Silent);
        Assert.True(digest.DisableLinkPreview);
    }

    [Fact]
    public void Twenty_long_headlines_still_fit_in_one_message()
    {
        var title = string.Join(' ', Enumerable.Repeat("Longwordy", 60));
        var posts = Enumerable.Range(0, 30).Select(i => new PostDraft { Title = title, Link = $"https://news.example/{i}" }).ToList();

        var digest = DigestPost.Combine(posts);

        Assert.Equal(DigestPost.MostPosts, digest.PlainText.Split('\n').Count(l => l.StartsWith('•')));
        Assert.Null(TelegramHtmlValidator.Validate(digest.Html));
    }
}
