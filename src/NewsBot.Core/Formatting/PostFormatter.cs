using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Stories;
using NewsBot.Core.Text;

namespace NewsBot.Core.Formatting;

/// <summary>Turns a story into exactly one Telegram post that fits Telegram's limits.</summary>
public sealed class PostFormatter
{
    public const int MessageMaxLength = 4096;
    public const int CaptionMaxLength = 1024;

    private readonly PostFormatOptions options;
    private readonly PostTemplate template;
    private readonly Summary summary;
    private readonly TimeZoneInfo timeZone;
    private readonly IReadOnlyList<Regex> breakingWords;

    /// <summary>Throws <see cref="PostTemplateException"/> for a bad template, <see cref="TimeZoneNotFoundException"/> for an unknown zone.</summary>
    public PostFormatter(PostFormatOptions options)
    {
        this.options = options;
        template = options.Template is null ? PostTemplate.Default : new PostTemplate(options.Template);
        summary = new Summary(options.BoilerplatePatterns, options.SummaryMaxLength);
        timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        breakingWords = [.. options.BreakingWords.Select(w => WholeWord.Regex(w, ignoreCase: false))];
    }

    public OutgoingPost Format(Story story) => Render(Draft(story));

    /// <summary>What the story's post says, to keep in the outbox and render when it is sent.</summary>
    public PostDraft Draft(Story story)
    {
        var breaking = IsBreaking(story);
        return new PostDraft
        {
            Title = story.Title,
            Lead = summary.Of(story),
            Link = story.Link,
            Source = story.SourceTitle ?? story.FeedName,
            Author = story.Author ?? "",
            Published = story.Published,
            Categories = story.Categories,
            Picture = StoryPicture.Choose(story),
            Breaking = breaking,
            Silent = options.Silent && !breaking,
        };
    }

    /// <summary>
    /// The post of a draft in this layout, within Telegram's limit for its kind: the "Updated HH:MM" mark (in the
    /// zone the publication time is shown in) and the credits below the template's text.
    /// </summary>
    public OutgoingPost Render(PostDraft draft)
    {
        var picture = options.Images == PostImageMode.None ? null : draft.Picture;
        var asPhoto = options.Images == PostImageMode.Photo && picture is not null;
        var mark = draft.UpdatedAt is { } updated ? $"<i>Updated {TimeZoneInfo.ConvertTime(updated, timeZone).ToString("HH:mm", CultureInfo.InvariantCulture)}</i>" : null;
        var limit = (asPhoto ? CaptionMaxLength : MessageMaxLength) - (mark is null ? 0 : TelegramHtml.Length(mark) + 2);
        var body = Fit(FieldsOf(draft), draft.Lead, limit);
        var html = mark is null ? body : $"{body}\n\n{mark}";
        var post = new OutgoingPost
        {
            Html = html,
            PlainText = TelegramHtml.PlainText(html),
            PhotoUrl = asPhoto ? picture : null,
            Link = draft.Link,
            PreviewUrl = options.Images == PostImageMode.LinkPreview ? picture ?? draft.Link : null,
            PreferLargePreview = options.Images == PostImageMode.LinkPreview && picture is not null,
            DisableLinkPreview = options.Images == PostImageMode.None,
            Silent = draft.Silent,
            IsBreaking = draft.Breaking,
        };
        return PostCredits.With(post, draft.Credits);
    }

    public bool IsBreaking(Story story) =>
        options.FeedIsBreaking || breakingWords.Any(word => WholeWord.SafeIsMatch(word, story.Title));

    /// <summary>Shortens the summary until the post fits, then the title; the link and the markup stay whole.</summary>
    private string Fit(PostFields fields, string lead, int maxLength)
    {
        var summaryBudget = options.SummaryMaxLength;
        while (true)
        {
            var html = Layout(fields with { Summary = Summary.Shorten(lead, summaryBudget) });
            var excess = TelegramHtml.Length(html) - maxLength;
            if (excess <= 0)
            {
                return html;
            }
            if (summaryBudget == 0)
            {
                return FitTitle(fields with { Summary = "" }, maxLength);
            }
            summaryBudget = Math.Max(0, Math.Min(summaryBudget, lead.Length) - excess);
        }
    }

    private string FitTitle(PostFields fields, int maxLength)
    {
        var html = Layout(fields);
        var excess = TelegramHtml.Length(html) - maxLength;
        if (excess > 0)
        {
            html = Layout(fields with { Title = Summary.Shorten(fields.Title, Math.Max(0, fields.Title.Length - excess)) });
        }
        // Last resort for templates whose fixed text alone is too long.
        return TelegramHtml.Truncate(html, maxLength);
    }

    /// <summary>A template that breaks on this story's data falls back to the default layout rather than losing the story.</summary>
    private string Layout(PostFields fields)
    {
        try
        {
            var html = template.Render(fields);
            return TelegramHtml.FindError(html) is null ? html : PostTemplate.Default.Render(fields);
        }
        catch (PostTemplateException)
        {
            return PostTemplate.Default.Render(fields);
        }
    }

    private PostFields FieldsOf(PostDraft draft) => new()
    {
        Title = draft.Title,
        Link = draft.Link ?? "",
        Source = draft.Source,
        Author = draft.Author,
        Published = TimeZoneInfo.ConvertTime(draft.Published, timeZone).ToString(options.DateFormat, CultureInfo.InvariantCulture),
        Categories = draft.Categories,
        Breaking = draft.Breaking,
    };
}
