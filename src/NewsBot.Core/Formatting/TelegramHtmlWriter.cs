using System.Text;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Builds Telegram HTML from a stream of text, breaks and formatting tags: collapses whitespace, emits at most one
/// blank line, never leaves empty elements, and opens a tag only once text arrives inside it.
/// </summary>
internal sealed class TelegramHtmlWriter
{
    private readonly StringBuilder output = new();
    private readonly List<(string Name, string OpenTag)> pendingTags = [];
    private readonly Stack<string> writtenTags = new();
    private int pendingNewlines;
    private bool pendingSpace;
    private bool atLineStart = true;

    /// <summary>Appends text; whitespace runs become one space unless <paramref name="preformatted"/>.</summary>
    public void Text(string text, bool preformatted = false)
    {
        foreach (var c in ReplaceLoneSurrogates(text))
        {
            if (!preformatted && char.IsWhiteSpace(c))
            {
                pendingSpace = !atLineStart;
                continue;
            }
            WritePending();
            output.Append(TelegramHtml.Escape(c.ToString()));
            atLineStart = c == '\n';
        }
    }

    /// <summary>Ends the line; <paramref name="blankLine"/> leaves one empty line, as between paragraphs.</summary>
    public void Break(bool blankLine)
    {
        if (output.Length > 0)
        {
            pendingNewlines = Math.Max(pendingNewlines, blankLine ? 2 : 1);
        }
        pendingSpace = false;
        atLineStart = true;
    }

    public void Open(string name, string? href = null) =>
        pendingTags.Add((name, href is null ? $"<{name}>" : $"<{name} href=\"{TelegramHtml.Escape(href)}\">"));

    public void Close(string name)
    {
        var pending = pendingTags.FindLastIndex(t => t.Name == name);
        if (pending >= 0)
        {
            pendingTags.RemoveAt(pending);
            return;
        }
        if (writtenTags.TryPeek(out var top) && top == name)
        {
            output.Append("</").Append(writtenTags.Pop()).Append('>');
        }
    }

    public override string ToString() => output.ToString();

    private void WritePending()
    {
        output.Append('\n', pendingNewlines);
        if (pendingSpace && pendingNewlines == 0)
        {
            output.Append(' ');
        }
        pendingNewlines = 0;
        pendingSpace = false;
        foreach (var (name, openTag) in pendingTags)
        {
            output.Append(openTag);
            writtenTags.Push(name);
        }
        pendingTags.Clear();
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }
}
