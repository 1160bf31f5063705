using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Core.Stories;
using NewsBot.Core.Text;

namespace NewsBot.Core.Formatting;

/// <summary>The lead of a story as plain text: publisher boilerplate removed, cut at a sentence end.</summary>
public sealed class Summary
{
    /// <summary>Footers and teasers publishers append to feed text (matched case-insensitively).</summary>
    public static readonly IReadOnlyList<string> DefaultBoilerplatePatterns =
    [
        @"The post .{1,300}? appeared first on .{1,200}?\.",
        @"Join ST's Telegram channel and get the latest breaking news delivered to you\.",
        @"(?<=^|[.!?]\s+)(?:Join|Follow) (?:us|our [^.!?]{0,40}?) on (?:Telegram|WhatsApp|Facebook|Instagram|Twitter|X|Threads|Google News)[^.!?]*[.!?]?",
        @"(?<=^|[.!?]\s+)Join our (?:Telegram|WhatsApp) (?:channel|group)[^.!?]*[.!?]?",
        @"\[(?:…|\.\.\.|&hellip;)\]",
        @"(?:Continue reading|Read more|Read the full story|Full story)\W*$",
        @"(?<=^|[.!?]\s+)(?:Click here|Subscribe) to [^.!?]*[.!?]?",
    ];

    private readonly IReadOnlyList<Regex> boilerplate;
    private readonly int maxLength;

    public Summary(IReadOnlyList<string>? boilerplatePatterns = null, int maxLength = 300)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        boilerplate = [.. (boilerplatePatterns ?? DefaultBoilerplatePatterns).Select(p =>
            new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, WholeWord.MatchTimeout))];
        this.maxLength = maxLength;
    }

    /// <summary>The summary shortened to the configured length; "" when the story has none worth showing.</summary>
    public string Of(Story story) => Shorten(Lead(story), maxLength);

    /// <summary>The whole cleaned lead, before shortening: the summary HTML, else the content HTML.</summary>
    public string Lead(Story story)
    {
        var html = string.IsNullOrWhiteSpace(story.SummaryHtml) ? story.ContentHtml : story.SummaryHtml;
        var text = CollapseWhitespace(TelegramHtml.PlainText(HtmlToTelegram.Convert(html)));
        text = CollapseWhitespace(boilerplate.Aggregate(text, RemoveMatches));
        return RepeatsTitle(text, story.Title) ? "" : text;
    }

    /// <summary>
    /// Cuts to at most <paramref name="maxLength"/> UTF-16 units ending with "…": after the last sentence that fits
    /// when one ends in the second half of the budget, else after the last whole word.
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
        var budget = maxLength - 2;
        var sentenceEnd = LastSentenceEnd(text, budget);
        if (sentenceEnd >= budget / 2)
        {
            return text[..sentenceEnd] + " …";
        }
        return CutAtWord(text, budget + 1) + "…";
    }

    private static int LastSentenceEnd(string text, int budget)
    {
        for (var end = Math.Min(budget, text.Length - 1); end > 1; end--)
        {
            if (text[end] == ' ' && IsSentenceEnd(text, end - 1))
            {
                return end;
            }
        }
        return -1;
    }

    /// <summary>'.', '!' or '?' (maybe followed by a closing quote) after a lower-case letter or digit, so "U.S." is no end.</summary>
    private static bool IsSentenceEnd(string text, int last)
    {
        var mark = text[last] is '"' or '\'' or '”' or '’' or ')' ? last - 1 : last;
        return mark > 0 && text[mark] is '.' or '!' or '?' && (char.IsLower(text[mark - 1]) || char.IsDigit(text[mark - 1]));
    }

    private static string CutAtWord(string text, int budget)
    {
        var space = text.LastIndexOf(' ', budget);
        var cut = space > 0 ? text[..space] : text[..budget];
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }
        return cut.TrimEnd(' ', ',', ';', ':', '-', '–', '—');
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

    private static bool RepeatsTitle(string summary, string title)
    {
        var s = Normalize(summary);
        var t = Normalize(title);
        return s.Length == 0 || (t.Length > 0 && t.Contains(s, StringComparison.Ordinal));
    }

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
        return collapsed.ToString().TrimEnd();
    }
}
