namespace NewsBot.Core.Feeds.Dates;

/// <summary>ISO 8601 / W3C-DTF: <c>yyyy-MM[-dd][(T| )HH:mm[:ss[.fff]]][Z|±HH[:]mm| zone name]</c>.</summary>
internal static class IsoDateParser
{
    public static DateTimeOffset? Parse(ReadOnlySpan<char> s)
    {
        var pos = 0;
        var year = ReadNumber(s, ref pos, 4);
        if (!Skip(s, ref pos, '-'))
        {
            return null;
        }
        var month = ReadNumber(s, ref pos, 2);
        var day = Skip(s, ref pos, '-') ? ReadNumber(s, ref pos, 2) : 1;
        int hour = 0, minute = 0, second = 0;
        if (pos < s.Length && s[pos] is 'T' or 't' or ' ')
        {
            pos++;
            hour = ReadNumber(s, ref pos, 2);
            minute = Skip(s, ref pos, ':') ? ReadNumber(s, ref pos, 2) : 0;
            second = Skip(s, ref pos, ':') ? ReadNumber(s, ref pos, 2) : 0;
            SkipFraction(s, ref pos);
        }
        var offset = ReadZone(s[pos..]);
        return offset is { } minutes ? FeedDates.Create(year, month, day, hour, minute, second, minutes) : null;
    }

    private static int? ReadZone(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        if (rest.IsEmpty)
        {
            return 0;
        }
        if (rest[0] is '+' or '-')
        {
            return ZoneOffsets.ParseNumeric(rest);
        }
        return DateNames.TryGetZoneMinutes(rest, out var minutes) ? minutes : null;
    }

    private static void SkipFraction(ReadOnlySpan<char> s, ref int pos)
    {
        if (pos < s.Length && s[pos] is '.' or ',')
        {
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                pos++;
            }
        }
    }

    private static bool Skip(ReadOnlySpan<char> s, ref int pos, char expected)
    {
        if (pos < s.Length && s[pos] == expected)
        {
            pos++;
            return true;
        }
        return false;
    }

    /// <summary>Up to <paramref name="maxDigits"/> digits; -1 when there are none (rejected later as out of range).</summary>
    private static int ReadNumber(ReadOnlySpan<char> s, ref int pos, int maxDigits)
    {
        var start = pos;
        var value = 0;
        while (pos < s.Length && pos - start < maxDigits && char.IsAsciiDigit(s[pos]))
        {
            value = value * 10 + s[pos++] - '0';
        }
        return pos == start ? -1 : value;
    }
}
