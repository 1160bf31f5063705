namespace NewsBot.Core.Formatting;

/// <summary>Several routine posts as one: a headline list for a channel whose queue has grown past its budget.</summary>
public static class DigestPost
{
    /// <summary>At most this many posts go into one digest, so that it stays well within one message.</summary>
    public const int MostPosts = 20;

    private const int MostTitleLength = 120;

    public static OutgoingPost Combine(IReadOnlyList<PostDraft> posts)
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

    private static string Line(PostDraft post)
    {
        var title = TelegramHtml.Escape(Headline(post));
        return post.Link is { } link ? $"• <a href=\"{TelegramHtml.Escape(link)}\">{title}</a>" : "• " + title;
    }

    private static string Headline(PostDraft post) =>
        post.Title.Length <= MostTitleLength ? post.Title : Summary.Shorten(post.Title, MostTitleLength);
}
