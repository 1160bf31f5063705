using NewsBot.Core.Formatting;

namespace NewsBot.Delivery;

/// <summary>A post as text for a terminal: the dry run and the preview command show posts this way.</summary>
public static class PostPrinter
{
    public static string Render(string channel, OutgoingPost post)
    {
        var kind = post.PhotoUrl is null ? "text" : $"photo {post.PhotoUrl}";
        var sound = post.Silent ? "silent" : "with notification";
        var rule = new string('─', 60);
        return $"┌─ to {channel} · {kind} · {sound}{Environment.NewLine}{post.Html}{Environment.NewLine}└{rule}";
    }
}
