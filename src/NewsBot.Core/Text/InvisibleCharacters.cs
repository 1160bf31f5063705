using System.Buffers;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Characters that change how text reads without being seen: bidi embeddings, overrides, isolates and marks (a
/// headline could be made to read backwards) and zero-width spaces. ZWJ and ZWNJ stay: Persian, Indic scripts and
/// emoji sequences need them.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E" + // LRE, RLE, PDF, LRO, RLO
        "\u2066\u2067\u2068\u2069" + // LRI, RLI, FSI, PDI
        "\u200E\u200F\u061C" + // LRM, RLM, ALM
        "\u200B\u2060\uFEFF"); // zero-width space, word joiner, BOM

    public static string Strip(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Unsafe.Contains(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }
}
