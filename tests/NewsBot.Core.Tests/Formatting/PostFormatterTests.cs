using NewsBot.Core.Feeds;
using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class PostFormatterTests
{
    // The Guardian (rss-parser/guardian.rss)
    private const string GuardianSummary =
        "<p>The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt</p>"
        + "<p>Donald Trump has promised a “new American moment” in a State of the Union address.</p>"
        + "<a href=\"https://www.theguardian.com/us-news/2018/jan/31/x\">Continue reading...</a>";

    private static readonly PostFormatter DefaultFormatter = new(new PostFormatOptions());

    [Fact]
    public void Formats_a_text_post_with_the_default_template()
    {
        var story = TestStories.Make("Trump's State of the Union", GuardianSummary);
        var post = DefaultFormatter.Format(story);
        Assert.Equal(
            "<b>Trump's State of the Union</b>\n\n"
            + "The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt "
            + "Donald Trump has promised a “new American moment” in a State of the Union address.\n\n"
            + "<i>Reuters · 1 Mar 2026, 09:05</i>\n<a href=\"https://www.reuters.com/article/iraq-turkey\">Read more</a>",
            post.Html);
        Assert.Null(TelegramHtmlValidator.Validate(post.Html));
        Assert.Equal(TelegramHtmlValidator.PlainText(post.Html), post.PlainText);
        Assert.Null(post.PhotoUrl);
        Assert.True(post.Silent);
        Assert.False(post.IsBreaking);
    }

    [Fact]
    public void A_picture_makes_a_photo_post_with_a_caption()
    {
        var story = TestStories.Make(summaryHtml: "<img src=\"https://x.com/p.jpg\"><p>Text.</p>");
        var post = DefaultFormatter.Format(story);
        Assert.Equal("https://x.com/p.jpg", post.PhotoUrl);
        Assert.Null(TelegramHtmlValidator.ValidateCaption(post.Html));
        Assert.DoesNotContain("img", post.Html);
    }

    [Fact]
    public void Link_preview_mode_previews_the_picture_large()
    {
        var formatter = new PostFormatter(new PostFormatOptions { Images = PostImageMode.LinkPreview });
        var post = formatter.Format(TestStories.Make() with { Media = [new FeedMedia("https://x.com/p.jpg")] });
        Assert.Null(post.PhotoUrl);
        Assert.Equal("https://x.com/p.jpg", post.PreviewUrl);
        Assert.True(post.PreferLargePreview);
        Assert.False(post.DisableLinkPreview);
    }

    [Fact]
    public void No_images_mode_disables_the_preview()
    {
        var formatter = new PostFormatter(new PostFormatOptions { Images = PostImageMode.None });
        var post = formatter.Format(TestStories.Make() with { Media = [new FeedMedia("https://x.com/p.jpg")] });
        Assert.Null(post.PhotoUrl);
        Assert.True(post.DisableLinkPreview);
    }

    [Theory]
    [InlineData("BREAKING: Earthquake hits Tokyo", true)]
    [InlineData("Earthquake hits Tokyo - JUST IN", true)]
    [InlineData("Breaking Bad star visits Tokyo", false)]
    [InlineData("FLASHLIGHT sales up", false)]
    public void Breaking_words_make_a_loud_post(string title, bool breaking)
    {
        var post = DefaultFormatter.Format(TestStories.Make(title));
        Assert.Equal(breaking, post.IsBreaking);
        Assert.Equal(!breaking, post.Silent);
        Assert.Equal(breaking, post.Html.StartsWith("🔴 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_breaking_feed_makes_every_story_breaking() =>
        Assert.True(new PostFormatter(new PostFormatOptions { FeedIsBreaking = true }).Format(TestStories.Make()).IsBreaking);

    [Theory]
    [InlineData(false, 4096)]
    [InlineData(true, 1024)]
    public void A_long_story_is_shortened_to_exactly_fit(bool withPhoto, int limit)
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i % 10}"));
        var formatter = new PostFormatter(new PostFormatOptions { SummaryMaxLength = 10_000 });
        var story = TestStories.Make(summaryHtml: words) with { Media = withPhoto ? [new FeedMedia("https://x.com/p.jpg")] : [] };
        var post = formatter.Format(story);
        var length = TelegramHtml.Length(post.Html);
        Assert.InRange(length, limit - 3, limit);
        Assert.Null(withPhoto ? TelegramHtmlValidator.ValidateCaption(post.Html) : TelegramHtmlValidator.Validate(post.Html));
        Assert.StartsWith("<b>Iraq and Turkey reach agreement on troops</b>", post.Html);
        Assert.EndsWith("<a href=\"https://www.reuters.com/article/iraq-turkey\">Read more</a>", post.Html);
    }

    [Fact]
    public void Emoji_summaries_fit_the_caption_without_broken_pairs()
    {
        var emoji = string.Concat(Enumerable.Repeat("🔥 ", 1000));
        var formatter = new PostFormatter(new PostFormatOptions { SummaryMaxLength = 5000 });
        var post = formatter.Format(TestStories.Make(summaryHtml: emoji) with { Media = [new FeedMedia("https://x.com/p.jpg")] });
        Assert.Null(TelegramHtmlValidator.ValidateCaption(post.Html));
        Assert.True(TelegramHtml.Length(post.Html) <= 1024);
    }

    [Fact]
    public void A_huge_title_is_shortened_when_the_summary_is_gone()
    {
        var title = string.Join(' ', Enumerable.Repeat("headline", 600));
        var post = DefaultFormatter.Format(TestStories.Make(title, "<p>Summary.</p>"));
        Assert.Null(TelegramHtmlValidator.Validate(post.Html));
        Assert.Contains("Read more</a>", post.Html);
    }

    [Fact]
    public void Published_time_uses_the_configured_zone_and_format()
    {
        var formatter = new PostFormatter(new PostFormatOptions { TimeZone = "Asia/Singapore", DateFormat = "yyyy-MM-dd HH:mm" });
        Assert.Contains("<i>Reuters · 2026-03-01 17:05</i>", formatter.Format(TestStories.Make()).Html);
    }

    [Fact]
    public void Custom_template_with_hashtags()
    {
        var formatter = new PostFormatter(new PostFormatOptions { Template = "<b>{{ title }}</b>\n{{ categories | array.join \" \" }}" });
        var post = formatter.Format(TestStories.Make("Q&A") with { Categories = ["World News", "Iraq"] });
        Assert.Equal("<b>Q&amp;A</b>\n#WorldNews #Iraq", post.Html);
        Assert.Equal("Q&A\n#WorldNews #Iraq", post.PlainText);
    }

    [Fact]
    public void Unknown_time_zone_and_bad_template_fail_at_construction()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => new PostFormatter(new PostFormatOptions { TimeZone = "Mars/Olympus" }));
        Assert.Throws<PostTemplateException>(() => new PostFormatter(new PostFormatOptions { Template = "<p>{{ title }}</p>" }));
    }

    [Theory]
    [MemberData(nameof(CorpusDescriptions))]
    public void Every_corpus_description_formats_to_valid_posts(string file, int index, string description)
    {
        var story = TestStories.Make($"{file} #{index}", description);
        foreach (var mode in Enum.GetValues<PostImageMode>())
        {
            var post = new PostFormatter(new PostFormatOptions { Images = mode }).Format(story);
            var error = post.PhotoUrl is null ? TelegramHtmlValidator.Validate(post.Html) : TelegramHtmlValidator.ValidateCaption(post.Html);
            Assert.Null(error);
        }
    }

    public static TheoryData<string, int, string> CorpusDescriptions()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(NewsBot.Testing.CorpusFiles.Directory, "realworld"), "*.xml", SearchOption.AllDirectories))
        {
            var descriptions = CorpusSnippets.Descriptions(file).Take(3).ToList();
            for (var i = 0; i < descriptions.Count; i++)
            {
                data.Add(Path.GetFileName(file), i, descriptions[i]);
            }
        }
        return data;
    }
}
