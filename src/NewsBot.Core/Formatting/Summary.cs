using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Core.Stories;
using NewsBot.Core.Text;

namespace NewsBot.Core.Formatting;

/// <summary>
/// The lead of a story as plain text: the feed's learnt boilerplate and the built-in footers removed, real text or
/// nothing, cut at the last sentence end that fits.
/// </summary>
public sealed partial class Summary
{
    /// <summary>The built-in footers and teasers (<see cref="BuiltInBoilerplate.Patterns"/>).</summary>
    public static IReadOnlyList<string> DefaultBoilerplatePatterns => BuiltInBoilerplate.Patterns;

    /// <summary>A sentence end this early is no place to stop: fewer characters than this read as a fragment.</summary>
    private const int ShortestCut = 40;

    private readonly IReadOnlyList<Regex> boilerplate;
    private readonly int maxLength;

    public Summary(IReadOnlyList<string>? boilerplatePatterns = null, int maxLength = 300)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        boilerplate = [.. (boilerplatePatterns ?? DefaultBoilerplatePatterns).Select(p =>
            SharedRegexes.Get(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
        this.maxLength = maxLength;
    }

    /// <summary>The summary shortened to the configured length; "" when the story has none worth showing.</summary>
    public string Of(Story story) => Shorten(Lead(story), maxLength);

    /// <summary>The whole cleaned lead, before shortening: the summary HTML, else the content HTML.</summary>
    public string Lead(Story story)
    {
        var html = HtmlToTelegram.Convert(string.IsNullOrWhiteSpace(story.SummaryHtml) ? story.ContentHtml : story.SummaryHtml);
        if (IsOnlyLinks(html))
        {
            return "";
        }
        var text = SourceEllipsis().Replace(GluedSentences().Replace(CollapseWhitespace(TelegramHtml.PlainText(html)), ". "), EllipsisFor);
        text = CollapseWhitespace(boilerplate.Aggregate(text, RemoveMatches));
        text = story.Boilerplate.Strip(text, story.Title);
        return IsNoSummary(text, story.Title) ? "" : text;
    }

    /// <summary>
    /// Cuts to at most <paramref name="maxLength"/> UTF-16 units: after the last sentence that fits, else after the
    /// last whole word that fits, with "…".
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        if (maxLength < 2)
        {
            return "";
        }
        var sentenceEnd = Sentences.Ends(text).TakeWhile(end => end <= maxLength).LastOrDefault();
        if (sentenceEnd >= Math.Min(ShortestCut, maxLength / 2))
        {
            return text[..sentenceEnd].TrimEnd();
        }
        return CutAtWord(text, maxLength - 1) + "…";
    }

    private static string CutAtWord(string text, int budget)
    {
        var space = text.LastIndexOf(' ', budget);
        var cut = space > 0 ? text[..space] : text[..budget];
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }
        return cut.TrimEnd(' ', ',', ';', ':', '-', '–', '—', '.', '…');
    }

    private static string RemoveMatches(string text, Regex pattern)
    {
        try
        {
            return pattern.Replace(text, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    /// <summary>Nothing left, only a link label ("Comments", "Read more"), or only the headline again.</summary>
    private static bool IsNoSummary(string summary, string title)
    {
        var s = Normalize(summary);
        var t = Normalize(title);
        return s.Length == 0 || LinkLabels.IsOnlyLabels(summary) || (t.Length > 0 && t.Contains(s, StringComparison.Ordinal));
    }

    /// <summary>Two or more links and no text of its own: a list of links (related stories, share buttons).</summary>
    private static bool IsOnlyLinks(string telegramHtml) =>
        Links().Count(telegramHtml) >= 2 && !TelegramHtml.PlainText(Links().Replace(telegramHtml, " ")).Any(char.IsLetterOrDigit);

    private static string Normalize(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    private static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) || (collapsed.Length > 0 && collapsed[^1] != ' '))
            {
                collapsed.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }
        return collapsed.ToString().Trim();
    }

    [GeneratedRegex(@"<a\b[^>]*>.*?</a>", RegexOptions.Singleline)]
    private static partial Regex Links();

    /// <summary>A source's own "[…]" or "[...]" marks text it cut: it reads as "…", or as nothing after a full stop.</summary>
    [GeneratedRegex(@"(?<end>[.!?]?)\s*\[(?:…|\.\.\.|&hellip;)\]")]
    private static partial Regex SourceEllipsis();

    private static string EllipsisFor(Match cut) => cut.Groups["end"].Length > 0 ? cut.Groups["end"].Value : "…";

    /// <summary>"…a slowdown.Expectations are…": two sentences the source ran together.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}{2})")]
    private static partial Regex GluedSentences();
}
