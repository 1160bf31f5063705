using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Grouping;

/// <summary>
/// The words a headline is compared by: case, accents, possessives and plural <c>s</c> folded away, so
/// "Obama's Plans" and "obama plan" are the same words.
/// </summary>
public static partial class HeadlineWords
{
    /// <summary>Every word, stop words and numbers included, in order.</summary>
    public static IReadOnlyList<string> All(string? text)
    {
        var folded = Apostrophes().Replace(Possessive().Replace(Folded(text ?? ""), ""), "");
        return NonWord().Split(folded).Where(w => w.Length > 0).ToList();
    }

    /// <summary>
    /// The distinct content words: no stop words, calendar words or years. Other numbers stay: "Story 1" and
    /// "Story 2" are two stories, and a single letter or digit is a word too ("Galaxy S 5").
    /// </summary>
    public static IReadOnlySet<string> Content(string? text) =>
        All(text).Where(w => !IsYear(w) && !GroupingStopWords.Contains(w))
            .Select(Singular).ToHashSet(StringComparer.Ordinal);

    /// <summary>The headline as one string, identical for spellings that differ only in case, accents or punctuation.</summary>
    public static string Normalized(string? text) => string.Join(' ', All(text));

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    private static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;

    private static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex("'")]
    private static partial Regex Apostrophes();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
