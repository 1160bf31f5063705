using System.Buffers;
using System.Collections.Frozen;

namespace NewsBot.Core.Feeds.Text;

/// <summary>
/// A fast, forgiving HTML-to-text pass: tags removed (script/style content dropped, block tags become a space),
/// character references decoded, runs of Unicode whitespace squashed to one space, ends trimmed, empty → null.
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTagsBySpan =
        BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("<&");

    /// <summary>Plain text of an HTML fragment, cut after <paramref name="maxLength"/> characters.</summary>
    public static string? ToPlainText(string? html, int maxLength = int.MaxValue)
    {
        if (html is null)
        {
            return null;
        }
        if (!html.AsSpan().ContainsAny(MarkupStarts))
        {
            return Squash(html, maxLength);
        }
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var writer = new TextWriterSpan(buffer, maxLength);
            Strip(html, ref writer);
            return writer.ToText();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whitespace runs squashed to one space, trimmed, empty → null.</summary>
    public static string? Squash(string? text, int maxLength = int.MaxValue)
    {
        if (text is null)
        {
            return null;
        }
        if (IsSquashed(text) && text.Length <= maxLength)
        {
            return text.Length == 0 ? null : text;
        }
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var writer = new TextWriterSpan(buffer, maxLength);
            writer.Append(text);
            return writer.ToText();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool IsSquashed(string text)
    {
        if (text.Length > 0 && (TextWriterSpan.IsSpace(text[0]) || TextWriterSpan.IsSpace(text[^1])))
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (TextWriterSpan.IsSpace(text[i]) && (text[i] != ' ' || TextWriterSpan.IsSpace(text[i + 1])))
            {
                return false;
            }
        }
        return true;
    }

    private static void Strip(string html, ref TextWriterSpan writer)
    {
        var i = 0;
        while (i < html.Length && !writer.IsFull)
        {
            var next = html.AsSpan(i).IndexOfAny(MarkupStarts);
            if (next < 0)
            {
                writer.Append(html.AsSpan(i));
                return;
            }
            writer.Append(html.AsSpan(i, next));
            i += next;
            i = html[i] == '&' ? CharacterReferences.Decode(html, i, ref writer) : SkipMarkup(html, i, ref writer);
        }
    }

    /// <summary>Handles the '&lt;' at <paramref name="lt"/>; returns the index after what it consumed.</summary>
    private static int SkipMarkup(string html, int lt, ref TextWriterSpan writer)
    {
        var rest = html.AsSpan(lt);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            return SkipPast(html, lt + 4, "-->");
        }
        var isEnd = rest.Length > 1 && rest[1] == '/';
        var nameStart = lt + (isEnd ? 2 : 1);
        if (nameStart >= html.Length || !(char.IsAsciiLetter(html[nameStart]) || (!isEnd && html[nameStart] is '!' or '?')))
        {
            writer.Append('<');
            return lt + 1;
        }
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        var after = SkipTag(html, nameEnd);
        if (BlockTagsBySpan.Contains(name))
        {
            writer.Append(' ');
        }
        else if (!isEnd && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            return SkipRawText(html, after, name);
        }
        return after;
    }

    /// <summary>Index after the '>' that closes a tag, skipping quoted attribute values.</summary>
    private static int SkipTag(string html, int i)
    {
        var quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }
        return html.Length;
    }

    private static int SkipRawText(string html, int i, ReadOnlySpan<char> name)
    {
        for (var close = html.IndexOf("</", i, StringComparison.Ordinal); close >= 0; close = html.IndexOf("</", close + 2, StringComparison.Ordinal))
        {
            if (html.AsSpan(close + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return SkipTag(html, close + 2);
            }
        }
        return html.Length;
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
