using System.Text.RegularExpressions;
using NewsBot.Core.Formatting;
using NewsBot.Core.Stories;
using NewsBot.Core.Text;

namespace NewsBot.Core.Filtering;

/// <summary>Decides whether a story is posted, and says which rule decided.</summary>
public sealed class StoryFilter
{
    private readonly IReadOnlyList<FilterRule> includes;
    private readonly IReadOnlyList<FilterRule> excludes;

    /// <summary>Throws <see cref="ArgumentException"/> naming a pattern that is not a valid regular expression.</summary>
    public StoryFilter(StoryFilterOptions options)
    {
        includes = [.. Rules(options.IncludeWords, options.IncludePatterns)];
        excludes = [.. Rules(options.ExcludeWords, options.ExcludePatterns)];
    }

    /// <summary>
    /// True when the story may be posted. <paramref name="reason"/> names the deciding rule, e.g.
    /// "excluded by word \"sport\"", or is null when there are no rules to decide.
    /// </summary>
    public bool Allows(Story story, out string? reason)
    {
        var text = Searchable(story);
        if (FirstMatch(excludes, text) is { } excluded)
        {
            reason = $"excluded by {excluded.Description}";
            return false;
        }
        if (includes.Count == 0)
        {
            reason = null;
            return true;
        }
        var included = FirstMatch(includes, text);
        reason = included is null ? "matches no include rule" : $"included by {included.Description}";
        return included is not null;
    }

    private static FilterRule? FirstMatch(IEnumerable<FilterRule> rules, string text) =>
        rules.FirstOrDefault(rule => WholeWord.SafeIsMatch(rule.Regex, text));

    /// <summary>Fields on separate lines, so a phrase never matches across two of them.</summary>
    private static string Searchable(Story story) =>
        string.Join('\n', [
            story.Title,
            TelegramHtml.PlainText(HtmlToTelegram.Convert(story.SummaryHtml ?? story.ContentHtml)),
            story.Link ?? "",
            .. story.Categories,
        ]);

    private static IEnumerable<FilterRule> Rules(IEnumerable<string> words, IEnumerable<string> patterns) =>
        words.Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => new FilterRule(WholeWord.Regex(w.Trim(), ignoreCase: true), $"word \"{w.Trim()}\""))
            .Concat(patterns.Select(p => new FilterRule(Compile(p), $"pattern /{p}/")));

    private static Regex Compile(string pattern)
    {
        try
        {
            return SharedRegexes.Get(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Filter pattern /{pattern}/ is not a valid regular expression: {e.Message}", e);
        }
    }
}
