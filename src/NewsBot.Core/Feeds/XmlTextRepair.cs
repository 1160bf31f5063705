using System.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Makes a feed's text acceptable to a strict XML reader the way loose parsers read it: drops what precedes
/// the first tag and the XML declaration (the text is already decoded), turns HTML named entities XML does not
/// define into numeric references, and escapes bare '&amp;'. CDATA sections and comments are left alone.
/// </summary>
internal static class XmlTextRepair
{
    private static readonly string[] XmlEntities = ["amp;", "lt;", "gt;", "quot;", "apos;"];

    public static string Repair(string text)
    {
        var start = SkipPrologue(text);
        var first = text.IndexOf('&', start);
        if (first < 0)
        {
            return start == 0 ? text : text[start..];
        }
        var output = new StringBuilder(text.Length + 64);
        var copied = start;
        for (var i = start; i < text.Length;)
        {
            var next = text.AsSpan(i).IndexOfAny('&', '<');
            if (next < 0)
            {
                break;
            }
            i += next;
            if (text[i] == '<')
            {
                i = SkipUnparsedSection(text, i);
                continue;
            }
            var fixedReference = FixReference(text.AsSpan(i + 1), out var consumed);
            if (fixedReference is not null)
            {
                output.Append(text, copied, i - copied).Append(fixedReference);
                copied = i + 1 + consumed;
            }
            i += 1 + consumed;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Index after leading junk and the XML declaration.</summary>
    private static int SkipPrologue(string text)
    {
        var start = text.IndexOf('<');
        if (start < 0)
        {
            return 0;
        }
        if (text.AsSpan(start).StartsWith("<?xml", StringComparison.Ordinal) && text.IndexOf("?>", start, StringComparison.Ordinal) is var end and >= 0)
        {
            var after = end + 2;
            var nextTag = text.IndexOf('<', after);
            return nextTag < 0 ? after : nextTag;
        }
        return start;
    }

    private static int SkipUnparsedSection(string text, int lt)
    {
        var rest = text.AsSpan(lt);
        var (opener, closer) = rest.StartsWith("<![CDATA[", StringComparison.Ordinal) ? ("<![CDATA[", "]]>")
            : rest.StartsWith("<!--", StringComparison.Ordinal) ? ("<!--", "-->")
            : ("<", null);
        if (closer is null)
        {
            return lt + 1;
        }
        var end = text.IndexOf(closer, lt + opener.Length, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + closer.Length;
    }

    /// <summary>The replacement for the reference after an '&amp;', or null when it is fine XML as it is.</summary>
    private static string? FixReference(ReadOnlySpan<char> rest, out int consumed)
    {
        consumed = 0;
        if (rest.StartsWith('#'))
        {
            return IsNumericReference(rest) ? null : "&amp;";
        }
        foreach (var name in XmlEntities)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                consumed = name.Length;
                return null;
            }
        }
        if (HtmlEntities.TryMatch(rest, out var value, out consumed))
        {
            return ToNumericReferences(value);
        }
        return "&amp;";
    }

    private static bool IsNumericReference(ReadOnlySpan<char> rest)
    {
        var hex = rest.Length > 1 && (rest[1] == 'x' || rest[1] == 'X');
        var digits = rest[(hex ? 2 : 1)..];
        var end = digits.IndexOf(';');
        if (end <= 0 || end > 8)
        {
            return false;
        }
        var number = digits[..end];
        return hex ? number.ContainsOnlyHex() : number.ContainsOnlyDigits();
    }

    private static string ToNumericReferences(string value)
    {
        var builder = new StringBuilder(12);
        foreach (var rune in value.EnumerateRunes())
        {
            builder.Append("&#").Append(rune.Value).Append(';');
        }
        return builder.ToString();
    }
}
