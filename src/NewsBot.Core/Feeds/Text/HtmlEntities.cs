namespace NewsBot.Core.Feeds.Text;

/// <summary>Matches HTML named character references, including legacy ones without ';' such as <c>&amp;copy</c>.</summary>
internal static class HtmlEntities
{
    private const int MaxNameLength = 32;
    private const int MaxLegacyNameLength = 6;

    private static readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        HtmlEntityTable.Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Matches the reference that follows an '&amp;'. <paramref name="length"/> counts the name and its ';' if any.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> afterAmpersand, out string value, out int length)
    {
        var run = 0;
        while (run < afterAmpersand.Length && run < MaxNameLength && char.IsAsciiLetterOrDigit(afterAmpersand[run]))
        {
            run++;
        }
        if (run < afterAmpersand.Length && afterAmpersand[run] == ';' && Lookup.TryGetValue(afterAmpersand[..(run + 1)], out value!))
        {
            length = run + 1;
            return true;
        }
        for (length = Math.Min(run, MaxLegacyNameLength); length >= 2; length--)
        {
            if (Lookup.TryGetValue(afterAmpersand[..length], out value!))
            {
                return true;
            }
        }
        value = "";
        length = 0;
        return false;
    }
}
