using System.Buffers;
using System.Text;
using NewsBot.Core.Feeds.Decoding;
using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Makes a feed's text acceptable to a strict XML reader the way loose parsers read it: drops what precedes
/// the first tag and the XML declaration (the text is already decoded), turns HTML named entities XML does not
/// define into numeric references, escapes bare '&amp;' and stray <c>]]&gt;</c>, and drops control characters XML
/// forbids. CDATA sections and comments are left alone.
/// </summary>
internal static class XmlTextRepair
{
    private const int MaxPrologueLength = 4096;

    private static readonly string[] XmlEntities = ["amp;", "lt;", "gt;", "quot;", "apos;"];

    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        "&<]\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// The repaired text: a slice of <paramref name="text"/> when it needs no change, else the characters written
    /// to <paramref name="output"/>.
    /// </summary>
    public static ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> text, PooledText output)
    {
        var span = text.Span;
        var start = SkipPrologue(span);
        if (!span[start..].ContainsAny(Suspects))
        {
            return text[start..];
        }
        var copied = start;
        for (var i = start; i < span.Length;)
        {
            var next = span[i..].IndexOfAny(Suspects);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (span[i] == '<')
            {
                i = SkipUnparsedSection(span, i);
                continue;
            }
            var replacement = FixSuspect(span, i, out var length);
            if (replacement is not null)
            {
                output.Append(span[copied..i]);
                output.Append(replacement);
                copied = i + length;
            }
            i += length;
        }
        output.Append(span[copied..]);
        return output.Memory;
    }

    /// <summary>Index after leading junk and the XML declaration, which may follow comments.</summary>
    private static int SkipPrologue(ReadOnlySpan<char> text)
    {
        var start = text.IndexOf('<');
        if (start < 0)
        {
            return 0;
        }
        var head = text.Slice(start, Math.Min(text.Length - start, MaxPrologueLength));
        var declaration = head.IndexOf("<?xml", StringComparison.Ordinal);
        if (declaration < 0 || !IsOnlyComments(head[..declaration]))
        {
            return start;
        }
        var end = IndexOf(text, "?>", start + declaration);
        return end < 0 ? start : end + 2;
    }

    private static bool IsOnlyComments(ReadOnlySpan<char> prologue)
    {
        while (!(prologue = prologue.TrimStart()).IsEmpty)
        {
            var end = prologue.IndexOf("-->", StringComparison.Ordinal);
            if (!prologue.StartsWith("<!--", StringComparison.Ordinal) || end < 0)
            {
                return false;
            }
            prologue = prologue[(end + 3)..];
        }
        return true;
    }

    private static int SkipUnparsedSection(ReadOnlySpan<char> text, int lt)
    {
        var rest = text[lt..];
        var (opener, closer) = rest.StartsWith("<![CDATA[", StringComparison.Ordinal) ? ("<![CDATA[", "]]>")
            : rest.StartsWith("<!--", StringComparison.Ordinal) ? ("<!--", "-->")
            : ("<", null);
        if (closer is null)
        {
            return lt + 1;
        }
        var end = IndexOf(text, closer, lt + opener.Length);
        return end < 0 ? text.Length : end + closer.Length;
    }

    /// <summary>Where <paramref name="value"/> occurs in <paramref name="text"/> from <paramref name="from"/> on, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        var found = text[from..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The replacement for the suspect character at <paramref name="i"/>, or null to keep it; <paramref name="length"/> is what it covers.</summary>
    private static string? FixSuspect(ReadOnlySpan<char> text, int i, out int length)
    {
        switch (text[i])
        {
            case '&':
                var replacement = FixReference(text[(i + 1)..], out var consumed);
                length = 1 + consumed;
                return replacement;
            case ']':
                length = 1;
                return text[i..].StartsWith("]]>", StringComparison.Ordinal) ? "]]&gt;" : null;
            default:
                length = 1;
                return "";
        }
    }

    /// <summary>The replacement for the reference after an '&amp;', or null when it is fine XML as it is.</summary>
    private static string? FixReference(ReadOnlySpan<char> rest, out int consumed)
    {
        consumed = 0;
        if (rest.StartsWith('#'))
        {
            return !IsNumericReference(rest) ? "&amp;"
                : rest.Length > 1 && rest[1] == 'X' ? FixUppercaseHex(out consumed)
                : null;
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

    private static string FixUppercaseHex(out int consumed)
    {
        consumed = 2;
        return "&#x";
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
