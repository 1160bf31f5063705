using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds.Dates;

/// <summary>
/// Parses the dates feeds write: RFC 822 with any zone name or offset, ISO 8601 / W3C-DTF, two-digit years,
/// localized day and month names, 12-hour clocks, Unix epoch seconds. Dates without a zone are UTC.
/// No clamping and no defaults: what cannot be read is null.
/// </summary>
public static class FeedDates
{
    private const int MaxEpochDigits = 11;

    public static DateTimeOffset? Parse(string? value)
    {
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }
        if (text.ContainsOnlyDigits())
        {
            return text.Length <= MaxEpochDigits ? ParseDigits(text) : null;
        }
        return text.Length > 4 && text[..4].ContainsOnlyDigits() && text[4] == '-'
            ? IsoDateParser.Parse(text)
            : TextDateParser.Parse(text);
    }

    /// <summary>Epoch seconds (9–11 digits), yyyyMMdd, or a bare year.</summary>
    private static DateTimeOffset? ParseDigits(ReadOnlySpan<char> digits)
    {
        var number = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            4 => Create((int)number, 1, 1, 0, 0, 0, 0),
            8 => Create((int)(number / 10000), (int)(number / 100 % 100), (int)(number % 100), 0, 0, 0, 0),
            >= 9 and <= 11 => DateTimeOffset.FromUnixTimeSeconds(number),
            _ => null,
        };
    }

    /// <summary>A UTC instant from local fields and a zone offset in minutes, or null when a field is out of range.</summary>
    internal static DateTimeOffset? Create(int year, int month, int day, int hour, int minute, int second, int offsetMinutes)
    {
        // Years stay clear of DateTime's ends so that zone and hour arithmetic cannot overflow.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60 || Math.Abs(offsetMinutes) > 18 * 60)
        {
            return null;
        }
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second);
        return new DateTimeOffset(local.AddMinutes(-offsetMinutes), TimeSpan.Zero);
    }
}
