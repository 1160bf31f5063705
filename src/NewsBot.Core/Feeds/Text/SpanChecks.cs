namespace NewsBot.Core.Feeds.Text;

/// <summary>Character-class checks on spans.</summary>
internal static class SpanChecks
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExcept(HexDigits);

    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
