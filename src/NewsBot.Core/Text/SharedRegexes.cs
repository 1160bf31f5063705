using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// One regex per pattern and options for the whole process. Formatters and filters are built per feed and channel
/// from the same few settings patterns, and each interpreted regex held its own parsed program: 27 KB per formatter
/// with the defaults, over 250 MB once 10,000 feeds had posted. A regex is safe to match from many threads. The
/// cache holds only the distinct patterns the settings ever named.
/// </summary>
internal static class SharedRegexes
{
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Cache = new();

    /// <summary>The shared regex; throws <see cref="ArgumentException"/> for a bad pattern, as <see cref="Regex"/>'s constructor does.</summary>
    public static Regex Get(string pattern, RegexOptions options) =>
        Cache.GetOrAdd((pattern, options), key => new Regex(key.Pattern, key.Options, WholeWord.MatchTimeout));
}
