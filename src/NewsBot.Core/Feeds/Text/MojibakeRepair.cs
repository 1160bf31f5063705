using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Feeds.Text;

/// <summary>
/// feedparser's text-node fixes: UTF-8 that was decoded as Latin-1 and re-encoded (<c>Ã©</c> for <c>é</c>) is
/// decoded again when the whole node round-trips; stray C1 controls become their windows-1252 characters.
/// </summary>
internal static class MojibakeRepair
{
    public static string Repair(string text) =>
        text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? MapC1Controls(UndoDoubleUtf8(text)) : text;

    private static string UndoDoubleUtf8(string text)
    {
        if (text.AsSpan().ContainsAnyExceptInRange('\0', '\u00FF'))
        {
            return text;
        }
        var bytes = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var latin1 = bytes.AsSpan(0, Encoding.Latin1.GetBytes(text, bytes));
            return Utf8.IsValid(latin1) ? Encoding.UTF8.GetString(latin1) : text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string MapC1Controls(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0080', '\u009F'))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = CharacterReferences.FromWindows1252(source[i]);
            }
        });
    }
}
