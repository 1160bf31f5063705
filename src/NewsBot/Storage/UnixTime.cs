namespace NewsBot.Storage;

/// <summary>Times are stored as Unix milliseconds: portable across SQLite and PostgreSQL and cheap to compare.</summary>
internal static class UnixTime
{
    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset From(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
