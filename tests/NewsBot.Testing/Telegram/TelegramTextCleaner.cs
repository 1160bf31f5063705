using System.Text;

namespace NewsBot.Testing.Telegram;

/// <summary>What TDLib does to parsed text before measuring it (td/telegram/misc.cpp clean_input_string, fix_formatted_text).</summary>
internal static class TelegramTextCleaner
{
    /// <summary>Characters TDLib's is_empty_string treats as blank, besides ' ' and '\n'.</summary>
    private const string BlankCharacters =
        "\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202E\u202F\u205F\u2800\u3000\uFFFC";

    /// <summary>Control characters become spaces, '\r' and U+2028..U+202E go, as do the combining vertical lines.</summary>
    public static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || !IsRemoved(c))
            {
                cleaned.Append(c < ' ' && c != '\n' ? ' ' : c);
            }
        }
        return cleaned.ToString();
    }

    /// <summary>Trailing ' '/'\n' go; leading ones too, but never past the start of the first entity.</summary>
    public static string Trim(string text, int? firstEntityOffset)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is ' ' or '\n')
        {
            end--;
        }
        var start = 0;
        var limit = Math.Min(end, firstEntityOffset ?? end);
        while (start < limit && text[start] is ' ' or '\n')
        {
            start++;
        }
        return text[start..end];
    }

    public static bool IsEmpty(string text) => text.All(c => c is ' ' or '\n' || BlankCharacters.Contains(c));

    private static bool IsRemoved(char c) => c is '\r' or (>= '\u2028' and <= '\u202E') or '\u0333' or '\u033F' or '\u030A';
}
