namespace NewsBot.Core.Feeds.Dates;

/// <summary>
/// RFC 822 and its relatives, read by token rather than by position: <c>Sat, 16 Dec 2023 14:02:33 +0000</c>,
/// <c>Sat, Dec 16 2023 02:02:33 PM</c>, <c>mer, 16 nov 2022 00:38:15 +0100</c>. Unknown words (day names) are ignored.
/// </summary>
internal static class TextDateParser
{
    public static DateTimeOffset? Parse(ReadOnlySpan<char> s)
    {
        var fields = new DateFields();
        var pos = 0;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (char.IsLetter(c))
            {
                var word = Take(s, ref pos, static ch => char.IsLetter(ch));
                fields.AcceptWord(word);
            }
            else if (char.IsAsciiDigit(c))
            {
                var number = Take(s, ref pos, static ch => char.IsAsciiDigit(ch) || ch is ':' or '.');
                if (!fields.AcceptNumber(number))
                {
                    return null;
                }
            }
            else if (c is '+' or '-' && fields.HasTime && pos + 1 < s.Length && char.IsAsciiDigit(s[pos + 1]))
            {
                var start = pos++;
                Take(s, ref pos, static ch => char.IsAsciiDigit(ch) || ch == ':');
                fields.OffsetMinutes = ZoneOffsets.ParseNumeric(s[start..pos]);
            }
            else
            {
                pos++;
            }
        }
        return fields.ToDate();
    }

    private static ReadOnlySpan<char> Take(ReadOnlySpan<char> s, ref int pos, Func<char, bool> accepts)
    {
        var start = pos;
        while (pos < s.Length && accepts(s[pos]))
        {
            pos++;
        }
        return s[start..pos];
    }
}
