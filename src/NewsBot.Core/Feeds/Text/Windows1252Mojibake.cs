using System.Text;

namespace NewsBot.Core.Feeds.Text;

/// <summary>
/// Repairs UTF-8 that was read as windows-1252 (or Latin-1) somewhere upstream: "lâ€™hÃ©roÃ¯ne" → "l’héroïne".
/// Unlike the parser's whole-node rule (<see cref="MojibakeRepair"/>, feedparser's), it repairs each broken sequence
/// on its own, so one correct character in the text does not keep the rest broken. Only text that shows a telltale
/// sequence is touched, so that a real "Spaß…" or "ESPAÑA»" stays as written.
/// </summary>
internal static class Windows1252Mojibake
{
    public static string Repair(string text)
    {
        if (!HasTelltale(text))
        {
            return text;
        }
        var repaired = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var length = SequenceLength(text, i);
            if (length > 0 && TryDecode(text, i, length, out var decoded))
            {
                repaired.Append(decoded);
                i += length;
                if (WasSquashedBeforeAWord(text, i, length))
                {
                    repaired.Append(' '); // "Ã l’aéroport": the no-break space and the real space after it became one
                }
            }
            else
            {
                repaired.Append(text[i++]);
            }
        }
        return repaired.ToString();
    }

    /// <summary>"Ã" or "Â" (UTF-8 of U+0080–U+00FF), "â€" (punctuation), "Ð" or "Ñ" (Cyrillic), each before a continuation byte.</summary>
    private static bool HasTelltale(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is 'Ã' or 'Â' or 'â' or 'Ð' or 'Ñ' && SequenceLength(text, i) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many characters from <paramref name="start"/> form one well-formed UTF-8 sequence as bytes, or 0.</summary>
    private static int SequenceLength(string text, int start)
    {
        var lead = CharacterReferences.ToWindows1252(text[start]);
        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || start + length > text.Length)
        {
            return 0;
        }
        for (var k = 1; k < length; k++)
        {
            if (ByteAt(text, start, k) is < 0x80 or > 0xBF)
            {
                return 0;
            }
        }
        return length;
    }

    /// <summary>
    /// The byte the character at <paramref name="start"/> + <paramref name="k"/> stood for. A space after a word-final
    /// "Ã" or "Â" was a no-break space (byte A0) before white space was squashed: "mentalitÃ " is "mentalità ",
    /// "FlorideÂ :" is "Floride :". (An upper-case word such as "IRMÃ " keeps its Ã.)
    /// </summary>
    private static int ByteAt(string text, int start, int k)
    {
        var c = text[start + k];
        var afterLowerCaseOrAlone = start == 0 || char.IsLower(text[start - 1]) || char.IsWhiteSpace(text[start - 1]);
        return c == ' ' && k == 1 && text[start] is 'Ã' or 'Â' && afterLowerCaseOrAlone ? 0xA0 : CharacterReferences.ToWindows1252(c);
    }

    private static bool WasSquashedBeforeAWord(string text, int next, int length) =>
        length == 2 && text[next - 2] == 'Ã' && text[next - 1] == ' ' && next < text.Length && char.IsLetterOrDigit(text[next]);

    private static bool TryDecode(string text, int start, int length, out string decoded)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var k = 0; k < length; k++)
        {
            bytes[k] = (byte)ByteAt(text, start, k);
        }
        decoded = "";
        if (System.Text.Unicode.Utf8.IsValid(bytes[..length]))
        {
            decoded = Encoding.UTF8.GetString(bytes[..length]);
        }
        return decoded.Length > 0;
    }
}
