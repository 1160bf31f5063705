using NewsBot.Core.Feeds;
using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public class StoryPictureTests
{
    [Fact]
    public void Prefers_image_media()
    {
        var story = TestStories.Make(summaryHtml: "<img src=\"https://x.com/inline.jpg\">") with
        {
            Media = [new FeedMedia("https://x.com/a.mp3", "audio/mpeg"), new FeedMedia("https://x.com/photo.jpg", "image/jpeg")],
        };
        Assert.Equal("https://x.com/photo.jpg", StoryPicture.Choose(story));
    }

    [Fact]
    public void Takes_the_first_real_img_from_the_html()
    {
        // TechCrunch (feedjira/TechCrunch.xml) WordPress thumbnail
        var story = TestStories.Make(summaryHtml:
            "<img width=\"100\" height=\"62\" src=\"http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=100&amp;h=62&amp;crop=1\" />Angie's List");
        Assert.Equal("http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=100&h=62&crop=1", StoryPicture.Choose(story));
    }

    [Fact]
    public void Skips_tracking_pixels_and_relative_urls()
    {
        // Reuters via FeedBurner (feedreader/Rss20Reuters.xml)
        var story = TestStories.Make(summaryHtml:
            "<img src=\"http://feeds.feedburner.com/~ff/Reuters/worldNews?d=yIl2AUoC8zA\" border=\"0\">"
            + "<img src=\"http://feeds.feedburner.com/~r/Reuters/worldNews/~4/xROvFa03AOc\" height=\"1\" width=\"1\" alt=\"\"/>"
            + "<img src=\"/relative.jpg\"><img src=\"https://stats.example/p.gif\" width=\"0\">");
        Assert.Null(StoryPicture.Choose(story));
    }

    [Fact]
    public void Looks_in_the_content_when_the_summary_has_none()
    {
        var story = TestStories.Make(summaryHtml: "<p>Text</p>") with { ContentHtml = "<figure><img src=\"https://x.com/c.png\"></figure>" };
        Assert.Equal("https://x.com/c.png", StoryPicture.Choose(story));
    }
}
