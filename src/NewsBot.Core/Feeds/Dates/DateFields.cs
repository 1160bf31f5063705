using System.Globalization;

namespace NewsBot.Core.Feeds.Dates;

/// <summary>The parts of a free-form date as <see cref="TextDateParser"/> finds them, in any order.</summary>
internal struct DateFields
{
    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int second;
    private bool? afternoon;

    public DateFields()
    {
        OffsetMinutes = 0;
    }

    public int? OffsetMinutes { get; set; }

    public bool HasTime { get; private set; }

    /// <summary>Takes a month, zone or AM/PM word; other words (day names, "de") are skipped.</summary>
    public void AcceptWord(ReadOnlySpan<char> word)
    {
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            afternoon = char.ToLowerInvariant(word[0]) == 'p';
        }
        else if (month == 0 && DateNames.TryGetMonth(word, out var m))
        {
            month = m;
        }
        else if (HasTime && DateNames.TryGetZoneMinutes(word, out var zone))
        {
            OffsetMinutes = zone;
        }
    }

    /// <summary>Takes a time (<c>HH:mm[:ss[.fff]]</c>), a day or a year.</summary>
    public bool AcceptNumber(ReadOnlySpan<char> token)
    {
        if (token.Contains(':'))
        {
            return !HasTime && AcceptTime(token);
        }
        var dot = token.IndexOf('.');
        var digits = dot >= 0 ? token[..dot] : token;
        if (digits.IsEmpty || digits.Length > 4)
        {
            return false;
        }
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (day == 0 && digits.Length <= 2 && value is >= 1 and <= 31)
        {
            day = value;
        }
        else if (year == 0)
        {
            year = digits.Length <= 2 ? value + (value < 90 ? 2000 : 1900) : value;
        }
        return true;
    }

    private bool AcceptTime(ReadOnlySpan<char> token)
    {
        var dot = token.IndexOf('.');
        var clock = dot >= 0 ? token[..dot] : token;
        Span<Range> parts = stackalloc Range[4];
        var count = clock.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }
        HasTime = int.TryParse(clock[parts[0]], CultureInfo.InvariantCulture, out hour)
            && int.TryParse(clock[parts[1]], CultureInfo.InvariantCulture, out minute)
            && (count == 2 || int.TryParse(clock[parts[2]], CultureInfo.InvariantCulture, out second));
        return HasTime;
    }

    public readonly DateTimeOffset? ToDate()
    {
        if (year == 0 || month == 0 || day == 0 || OffsetMinutes is not { } offset)
        {
            return null;
        }
        var hour24 = afternoon switch
        {
            true when hour < 12 => hour + 12,
            false when hour == 12 => 0,
            _ => hour,
        };
        return FeedDates.Create(year, month, day, hour24, minute, second, offset);
    }
}
