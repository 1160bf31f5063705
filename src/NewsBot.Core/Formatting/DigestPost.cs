namespace NewsBot.Core.Formatting;

/// <summary>Several routine posts as one: a headline list for a channel whose queue has grown past its budget.</summary>
public static class DigestPost
{
    /// <summary>At most this many posts go into one digest, so that it stays well within one message.</summary>
    public const int MostPosts = 20;

    private const int MostTitleLength = 120;

    public static OutgoingPost Combine(IReadOnlyList<OutgoingPost> posts)
    {
        var lines = posts.Take(MostPosts).Select(Line).ToList();
        var plain = posts.Take(MostPosts).Select(p => "• " + Headline(p)).ToList();
        return new OutgoingPost
        {
            Html = "<b>More news</b>\n\n" + string.Join('\n', lines),
            PlainText = "More news\n\n" + string.Join('\n', plain),
            DisableLinkPreview = true,
            Silent = true,
        };
    }

    private static string Line(OutgoingPost post)
    {
        var title = TelegramHtml.Escape(Headline(post));
        return post.Link is { } link ? $"• <a href=\"{TelegramHtml.Escape(link)}\">{title}</a>" : "• " + title;
    }

    /// <summary>The post's first line of text: its headline in any template that starts with one.</summary>
    private static string Headline(OutgoingPost post)
    {
        var first = post.PlainText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? post.Link ?? "";
        return first.Length <= MostTitleLength ? first : Summary.Shorten(first, MostTitleLength);
    }
}
