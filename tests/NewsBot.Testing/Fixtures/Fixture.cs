using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.Fixtures;

/// <summary>
/// Fixture files in the shape of real newsroom documents (each names the site it imitates). Dates are written as
/// <c>{{ago:MINUTES}}</c> or <c>{{ago:MINUTES:+hh:mm}}</c>, filled in relative to the time a test gives, so that no
/// test depends on today's date.
/// </summary>
public static partial class Fixture
{
    /// <summary>A fixed "now" for tests that need no clock of their own: far from today, so that nothing leans on it.</summary>
    public static readonly DateTimeOffset Now = new(2031, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static string Text(string relativePath, DateTimeOffset now)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
        return AgoToken().Replace(text, match => Ago(now, match.Groups[1].Value, match.Groups[2].Value));
    }

    private static string Ago(DateTimeOffset now, string minutes, string offset)
    {
        var at = now.AddMinutes(-int.Parse(minutes, CultureInfo.InvariantCulture));
        if (offset.Length == 0)
        {
            return at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        var zone = TimeSpan.Parse(offset.TrimStart('+'), CultureInfo.InvariantCulture);
        return at.ToOffset(zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\{\{ago:(\d+)(?::([+-]\d\d:\d\d))?\}\}")]
    private static partial Regex AgoToken();
}
