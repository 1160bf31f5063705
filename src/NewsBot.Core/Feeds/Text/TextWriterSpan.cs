namespace NewsBot.Core.Feeds.Text;

/// <summary>Writes text into a borrowed buffer, squashing whitespace runs to one space and dropping leading ones.</summary>
internal ref struct TextWriterSpan(Span<char> buffer, int maxLength)
{
    private readonly Span<char> buffer = buffer;
    private readonly int limit = Math.Min(maxLength, buffer.Length);
    private int length;
    private bool pendingSpace;

    public readonly bool IsFull => length >= limit;

    /// <summary>Python's str.split() whitespace: Unicode spaces plus the ASCII separators 0x1C–0x1F.</summary>
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1C' and <= '\x1F') : char.IsWhiteSpace(c);

    public void Append(char c)
    {
        if (IsSpace(c))
        {
            pendingSpace = length > 0;
            return;
        }
        if (length >= limit)
        {
            return;
        }
        if (pendingSpace)
        {
            buffer[length++] = ' ';
            pendingSpace = false;
            if (length >= limit)
            {
                return;
            }
        }
        buffer[length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Append(c);
        }
    }

    public readonly string? ToText() => length == 0 ? null : new string(buffer[..length].TrimEnd(' '));
}
