using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Tests.Formatting;

/// <summary>Every item of every corpus feed, parsed and formatted, is a post Telegram accepts on the first try.</summary>
public class CorpusPostsTests
{
    [Theory]
    [InlineData(PostImageMode.Photo)]
    [InlineData(PostImageMode.LinkPreview)]
    [InlineData(PostImageMode.None)]
    public void Every_corpus_item_renders_to_a_valid_post(PostImageMode images)
    {
        var formatter = new PostFormatter(new PostFormatOptions { Images = images });
        var refused = new List<string>();
        var posts = 0;
        foreach (var (file, story) in CorpusStories.All())
        {
            var post = formatter.Format(story);
            var error = post.PhotoUrl is null ? TelegramHtmlValidator.Validate(post.Html) : TelegramHtmlValidator.ValidateCaption(post.Html);
            if (error is not null)
            {
                refused.Add($"{file} «{story.Title}»: {error}");
            }
            posts++;
        }
        Assert.True(posts > 1500, $"only {posts} corpus stories were formatted");
        Assert.Empty(refused);
    }

    [Fact]
    public void Plain_text_fallback_reads_like_the_html_post()
    {
        var formatter = new PostFormatter(new PostFormatOptions());
        foreach (var (file, story) in CorpusStories.All().Take(400))
        {
            var post = formatter.Format(story);
            Assert.True(TelegramHtmlValidator.PlainText(post.Html) == post.PlainText.Trim(), $"{file}: plain text differs from the HTML post");
        }
    }
}
