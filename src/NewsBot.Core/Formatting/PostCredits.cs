namespace NewsBot.Core.Formatting;

/// <summary>
/// A post with an "Also: Reuters · BBC" line naming the later reports of its story, each linked to its own report,
/// kept within Telegram's length for the post's kind: credits that do not fit are counted, not cut.
/// </summary>
public static class PostCredits
{
    public static OutgoingPost With(OutgoingPost post, IReadOnlyList<Credit> credits)
    {
        var limit = post.PhotoUrl is null ? PostFormatter.MessageMaxLength : PostFormatter.CaptionMaxLength;
        for (var shown = credits.Count; shown > 0; shown--)
        {
            var html = post.Html + "\n\n" + Line(credits, shown, Linked);
            if (TelegramHtml.Length(html) <= limit)
            {
                return post with { Html = html, PlainText = post.PlainText + "\n\n" + Line(credits, shown, c => c.Source) };
            }
        }
        return post;
    }

    private static string Line(IReadOnlyList<Credit> credits, int shown, Func<Credit, string> render)
    {
        var line = "Also: " + string.Join(" · ", credits.Take(shown).Select(render));
        return shown < credits.Count ? $"{line} · +{credits.Count - shown} more" : line;
    }

    private static string Linked(Credit credit) =>
        credit.Link is { } link
            ? $"<a href=\"{TelegramHtml.Escape(link)}\">{TelegramHtml.Escape(credit.Source)}</a>"
            : TelegramHtml.Escape(credit.Source);
}
