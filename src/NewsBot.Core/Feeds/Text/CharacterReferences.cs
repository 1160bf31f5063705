using System.Globalization;

namespace NewsBot.Core.Feeds.Text;

/// <summary>Decodes HTML character references the way Python's html.unescape does.</summary>
internal static class CharacterReferences
{
    private const string Windows1252C1 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Maps U+0080–U+009F to the windows-1252 character with that byte value.</summary>
    public static char FromWindows1252(char c) => c is >= '\u0080' and <= '\u009F' ? Windows1252C1[c - 0x80] : c;

    /// <summary>The windows-1252 byte that decodes to <paramref name="c"/>, or -1 when no byte does.</summary>
    public static int ToWindows1252(char c)
    {
        if (c <= '\u00FF')
        {
            return c;
        }
        var index = Windows1252C1.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? -1 : 0x80 + index;
    }

    /// <summary>Writes the reference at <paramref name="amp"/> (or a literal '&amp;'); returns the index after it.</summary>
    public static int Decode(string html, int amp, ref TextWriterSpan writer)
    {
        var rest = html.AsSpan(amp + 1);
        if (rest.StartsWith('#'))
        {
            return DecodeNumeric(html, amp, ref writer);
        }
        if (HtmlEntities.TryMatch(rest, out var value, out var length))
        {
            writer.Append(value);
            return amp + 1 + length;
        }
        writer.Append('&');
        return amp + 1;
    }

    private static int DecodeNumeric(string html, int amp, ref TextWriterSpan writer)
    {
        var i = amp + 2;
        var hex = i < html.Length && html[i] is 'x' or 'X';
        var start = hex ? i + 1 : i;
        var end = start;
        while (end < html.Length && end - start < 8 && (hex ? char.IsAsciiHexDigit(html[end]) : char.IsAsciiDigit(html[end])))
        {
            end++;
        }
        if (end == start)
        {
            writer.Append('&');
            return amp + 1;
        }
        var number = long.Parse(html.AsSpan(start, end - start), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        AppendCodePoint(number, ref writer);
        return end < html.Length && html[end] == ';' ? end + 1 : end;
    }

    private static void AppendCodePoint(long number, ref TextWriterSpan writer)
    {
        if (number is >= 0x80 and <= 0x9F)
        {
            writer.Append(FromWindows1252((char)number));
        }
        else if (number == 0 || number > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF)
        {
            writer.Append('\uFFFD');
        }
        else if (number > 0xFFFF)
        {
            writer.Append(char.ConvertFromUtf32((int)number));
        }
        else
        {
            writer.Append((char)number);
        }
    }
}
