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

    [Fact]
    public void Prefers_the_largest_media_content_over_a_thumbnail()
    {
        // The Guardian (rss-parser/guardian.rss): two media:content sizes of one picture
        var story = TestStories.Make() with
        {
            Media =
            [
                new FeedMedia("https://i.guim.co.uk/img/media/a/master/3000.jpg?w=140&q=55", "image") { Width = 140 },
                new FeedMedia("https://i.guim.co.uk/img/media/a/master/3000.jpg?w=460&q=55", "image") { Width = 460 },
            ],
        };
        Assert.Equal("https://i.guim.co.uk/img/media/a/master/3000.jpg?w=460&q=55", StoryPicture.Choose(story));
    }

    [Fact]
    public void A_thumbnail_is_chosen_only_when_nothing_larger_exists()
    {
        var thumbnail = new FeedMedia("https://x.com/t.jpg", "image") { IsThumbnail = true };
        var story = TestStories.Make(summaryHtml: "<img src=\"https://x.com/full.jpg\">") with { Media = [thumbnail] };
        Assert.Equal("https://x.com/full.jpg", StoryPicture.Choose(story));
        Assert.Equal("https://x.com/t.jpg", StoryPicture.Choose(story with { SummaryHtml = null }));
    }

    [Fact]
    public void Takes_the_widest_srcset_candidate_over_a_small_src()
    {
        // WordPress: src is the ?w=104 thumbnail, srcset offers the full size
        var story = TestStories.Make(summaryHtml:
            "<img src=\"https://site.example/wp-content/uploads/photo.jpg?w=104\" srcset=\"https://site.example/wp-content/uploads/photo-300x200.jpg 300w, https://site.example/wp-content/uploads/photo-1024x683.jpg 1024w\">");
        Assert.Equal("https://site.example/wp-content/uploads/photo-1024x683.jpg", StoryPicture.Choose(story));
    }

    [Fact]
    public void Url_size_hints_rank_wordpress_and_cdn_thumbnails_low()
    {
        // TechCrunch's ?w=150 next to an unsized image of the story
        var story = TestStories.Make(summaryHtml:
            "<img src=\"http://tc.files.wordpress.com/2011/11/asana3.png?w=150\"><p>Text</p><img src=\"http://tc.files.wordpress.com/2011/11/asana-project.png\">");
        Assert.Equal("http://tc.files.wordpress.com/2011/11/asana-project.png", StoryPicture.Choose(story));
    }

    [Fact]
    public void An_authors_avatar_is_never_the_picture()
    {
        // WordPress.com feeds give the author's Gravatar as media:content (feedreader/Rss20IndianExpress.xml)
        var story = TestStories.Make() with { Media = [new FeedMedia("http://1.gravatar.com/avatar/75d6?s=96&d=identicon&r=G", "image")] };
        Assert.Null(StoryPicture.Choose(story));
    }
}
