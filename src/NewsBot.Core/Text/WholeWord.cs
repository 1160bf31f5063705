using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>Regexes that match a word or phrase only where it stands alone, not inside a longer word.</summary>
internal static class WholeWord
{
    /// <summary>Keeps an admin's pathological pattern from stalling the poller.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public static Regex Regex(string word, bool ignoreCase) =>
        SharedRegexes.Get($@"(?<![\p{{L}}\p{{N}}_]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}\p{{N}}_])",
            RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));

    /// <summary>A match that runs out of time counts as no match: one odd story must not stop the feed.</summary>
    public static bool SafeIsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
