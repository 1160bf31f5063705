using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

/// <summary>A post rendered from its fields at send time, as the outbox keeps them.</summary>
public class PostRenderingTests
{
    private static readonly PostDraft Draft = new()
    {
        Title = "Harbour reopens",
        Lead = "Ships are moving again.",
        Link = "https://news.example/harbour",
        Source = "Wire",
        Published = new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero),
        Silent = true,
    };

    [Fact]
    public void Fields_render_in_the_channels_template_as_the_story_would()
    {
        var formatter = new PostFormatter(new PostFormatOptions { Template = "<b>{{ title }}</b> ({{ source }})" });

        var post = formatter.Render(Draft);

        Assert.Equal(("<b>Harbour reopens</b> (Wire)", true, false), (post.Html, post.Silent, post.IsBreaking));
    }

    [Fact]
    public void An_updated_post_is_marked_with_the_time_in_the_posts_zone_above_its_credits()
    {
        var formatter = new PostFormatter(new PostFormatOptions { TimeZone = "Europe/Berlin" });
        var updated = Draft with { UpdatedAt = new DateTimeOffset(2026, 3, 1, 13, 7, 0, TimeSpan.Zero), Credits = [new Credit("BBC", "https://bbc.example/h")] };

        var post = formatter.Render(updated);

        Assert.EndsWith("<i>Updated 14:07</i>\n\nAlso: <a href=\"https://bbc.example/h\">BBC</a>", post.Html);
        Assert.Null(TelegramHtmlValidator.Validate(post.Html));
    }

    [Fact]
    public void A_picture_stays_a_photo_and_a_long_lead_is_cut_to_leave_room_for_the_mark()
    {
        var lengthy = Draft with { Picture = "https://img.example/h.jpg", Lead = string.Join(' ', Enumerable.Repeat("Ships are moving again.", 60)), UpdatedAt = Draft.Published };

        var post = new PostFormatter(new PostFormatOptions { SummaryMaxLength = 2000 }).Render(lengthy);

        Assert.Equal("https://img.example/h.jpg", post.PhotoUrl);
        Assert.EndsWith("<i>Updated 09:05</i>", post.Html);
        Assert.True(TelegramHtml.Length(post.Html) <= PostFormatter.CaptionMaxLength);
    }

    [Fact]
    public void A_breaking_draft_gets_the_red_mark()
    {
        var post = new PostFormatter(new PostFormatOptions()).Render(Draft with { Breaking = true, Silent = false });

        Assert.StartsWith("🔴 <b>Harbour reopens</b>", post.Html);
        Assert.False(post.Silent);
    }
}
