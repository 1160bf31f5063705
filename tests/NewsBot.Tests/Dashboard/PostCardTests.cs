using NewsBot.Core.Formatting;
using NewsBot.Dashboard;
using NewsBot.Storage;

namespace NewsBot.Tests.Dashboard;

public class PostCardTests
{
    private static readonly DateTimeOffset Sent = DateTimeOffset.UnixEpoch.AddDays(20_000).AddHours(9);

    [Fact]
    public void An_edited_post_shows_its_updated_line_and_linked_credits_as_sent_and_is_marked_edited()
    {
        var html = "<b>Men's Wearhouse to buy Jos. A. Bank</b>\n\nThe retailer ends a months-long fight.\n\n<i>Updated 09:07</i>\n\n" +
            "Also: <a href=\"https://bbc.example/deal\">BBC</a> · <a href=\"https://ap.example/deal\">AP</a>";

        var card = PostCard.Render(Post(html, editedAt: Sent.AddMinutes(7)));

        Assert.Contains("<i>Updated 09:07</i>", card);
        Assert.Contains("Also: <a href=\"https://bbc.example/deal\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">BBC</a> · <a href=\"https://ap.example/deal\"", card);
        Assert.Contains($"<span class=\"edited\">edited {PageLayout.Time(Sent.AddMinutes(7))}</span>", card);
    }

    [Fact]
    public void A_post_never_edited_carries_no_edited_mark()
    {
        Assert.DoesNotContain("edited", PostCard.Render(Post("<b>Council approves the night bus</b>", editedAt: null)));
    }

    private static SentPost Post(string html, DateTimeOffset? editedAt) => new()
    {
        Channel = "news",
        Feed = "wire",
        Payload = PostPayload.Serialize(new OutgoingPost { Html = html }),
        PublishedAt = Sent.AddMinutes(-5).ToUnixTimeMilliseconds(),
        SentAt = Sent.ToUnixTimeMilliseconds(),
        EditedAt = editedAt?.ToUnixTimeMilliseconds(),
    };
}
