namespace NewsBot.Core.Text;

/// <summary>
/// Where sentences end in running text, in the languages feeds come in: after '.', '!', '?', '…' or a CJK full stop,
/// but not inside a domain (Boston.com), a number (3.5), an initialism (U.S.) or after a common abbreviation (Dr., z.B.).
/// </summary>
internal static class Sentences
{
    /// <summary>Words that end in a dot without ending a sentence (compared without the dot, case-insensitively).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "cpt",
        "vs", "etc", "inc", "ltd", "co", "corp", "no", "nr", "approx", "ca", "fig", "vol", "pp", "ed", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "bzw", "usw", "ggf", "vgl", "evtl", "hr", "fr", "mme", "mlle", "sra", "dra", "sig", "dott", "ing", "av",
    };

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』';

    /// <summary>
    /// The index just past each sentence end in <paramref name="text"/> (after its closing quotes), in order. A
    /// sentence end is followed by white space, the end of the text, or (for CJK) anything.
    /// </summary>
    public static IEnumerable<int> Ends(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsTerminal(text[i]))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (IsTerminal(text[end]) || IsClosing(text[end])))
            {
                end++;
            }
            if (IsEnd(text, i, end))
            {
                yield return end;
            }
            i = end - 1;
        }
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed, the last one possibly without an end mark.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (var end in Ends(text))
        {
            AddTrimmed(sentences, text[start..end]);
            start = end;
        }
        AddTrimmed(sentences, text[start..]);
        return sentences;
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        if (!string.IsNullOrWhiteSpace(sentence))
        {
            sentences.Add(sentence.Trim());
        }
    }

    /// <param name="mark">The first terminal character.</param>
    /// <param name="end">Just past the terminal run and its closing quotes.</param>
    private static bool IsEnd(string text, int mark, int end)
    {
        if (text[mark] is '。' or '！' or '？')
        {
            return true;
        }
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false; // Boston.com, 3.5, U.S.A, "…and"
        }
        // "..." ends a sentence even after "apr" or "D": an abbreviation takes one dot.
        return text[mark] != '.' || (end - mark > 1 && text[mark + 1] == '.') || !EndsAnAbbreviation(text, mark);
    }

    /// <summary>"U.S.", "z.B.", "Dr." and single initials ("J. Smith") end no sentence; "in 2024." and "said." do.</summary>
    private static bool EndsAnAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        var word = text[start..dot];
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Contains('.'))
        {
            return true; // an initialism such as U.S. or z.B.
        }
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }
}
