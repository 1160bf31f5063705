using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds.Dates;

/// <summary>Numeric zone offsets: <c>±HH</c>, <c>±HHmm</c>, <c>±HH:mm</c>, <c>±H</c>.</summary>
internal static class ZoneOffsets
{
    /// <summary>Minutes east of UTC, or null when <paramref name="s"/> (starting with the sign) is not an offset.</summary>
    public static int? ParseNumeric(ReadOnlySpan<char> s)
    {
        var sign = s[0] == '-' ? -1 : 1;
        var digits = s[1..];
        var colon = digits.IndexOf(':');
        if (colon >= 0)
        {
            return ToMinutes(digits[..colon], digits[(colon + 1)..], sign);
        }
        return digits.Length switch
        {
            1 or 2 => ToMinutes(digits, "0", sign),
            3 or 4 => ToMinutes(digits[..^2], digits[^2..], sign),
            _ => null,
        };
    }

    private static int? ToMinutes(ReadOnlySpan<char> hours, ReadOnlySpan<char> minutes, int sign) =>
        hours.ContainsOnlyDigits() && minutes.ContainsOnlyDigits() && hours.Length <= 2 && minutes.Length <= 2
            ? sign * ((int.Parse(hours, provider: null) * 60) + int.Parse(minutes, provider: null))
            : null;
}
