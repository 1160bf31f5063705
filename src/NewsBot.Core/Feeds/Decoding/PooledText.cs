using System.Buffers;

namespace NewsBot.Core.Feeds.Decoding;

/// <summary>
/// Text in a buffer borrowed from the shared pool and given back on dispose, so that reading a large document makes
/// no large string (each would be a large-object-heap allocation).
/// </summary>
internal sealed class PooledText(int capacity) : IDisposable
{
    /// <summary>Borrowed at the first <see cref="Append"/>, so that text never written costs nothing.</summary>
    private char[] buffer = [];
    private int length;

    public ReadOnlyMemory<char> Memory => buffer.AsMemory(0, length);

    /// <summary>The document's characters, decoded as <paramref name="encoding"/> says.</summary>
    public static PooledText Decode(ReadOnlySpan<byte> data, DocumentEncoding encoding)
    {
        var bytes = data[encoding.BomLength..];
        var text = new PooledText(0) { buffer = ArrayPool<char>.Shared.Rent(encoding.Encoding.GetMaxCharCount(bytes.Length)) };
        text.length = encoding.Encoding.GetChars(bytes, text.buffer);
        return text;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max(length + text.Length, buffer.Length * 2), capacity));
            buffer.AsSpan(0, length).CopyTo(larger);
            Give(buffer);
            buffer = larger;
        }
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    public void Dispose()
    {
        Give(buffer);
        buffer = [];
        length = 0;
    }

    private static void Give(char[] borrowed)
    {
        if (borrowed.Length > 0)
        {
            ArrayPool<char>.Shared.Return(borrowed);
        }
    }
}
