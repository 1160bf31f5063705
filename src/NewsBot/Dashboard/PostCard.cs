using NewsBot.Core.Formatting;
using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>
/// One sent post as Telegram shows it: its picture as a thumbnail, then its text with bold, italic and links, as
/// last edited (credits, updates: whatever the post's Telegram HTML carries), and marked edited as Telegram marks it.
/// </summary>
public static class PostCard
{
    public static string Render(SentPost sent)
    {
        var post = PostPayload.Deserialize(sent.Payload);
        var picture = post.PhotoUrl is { } url && IsHttp(url)
            ? $"<img src=\"{PageLayout.Encode(url)}\" alt=\"\" loading=\"lazy\" referrerpolicy=\"no-referrer\">"
            : "";
        var delay = (sent.SentAt - sent.PublishedAt) / 1000.0;
        return $"""
            <article class="post">{picture}<div class="text">{TelegramHtmlToWeb.Convert(post.Html)}</div>
            <div class="meta">{PageLayout.Encode(sent.Channel)} · {PageLayout.Encode(sent.Feed)} · sent {PageLayout.Time(DateTimeOffset.FromUnixTimeMilliseconds(sent.SentAt))} · {PageLayout.Duration(Math.Max(0, delay))} after publication{Edited(sent)}</div></article>
            """;
    }

    private static string Edited(SentPost sent) =>
        sent.EditedAt is { } at ? $" · <span class=\"edited\">edited {PageLayout.Time(DateTimeOffset.FromUnixTimeMilliseconds(at))}</span>" : "";

    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
