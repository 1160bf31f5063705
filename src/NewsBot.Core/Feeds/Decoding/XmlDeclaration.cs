using System.Text;

namespace NewsBot.Core.Feeds.Decoding;

/// <summary>Reads the encoding label of an XML declaration from the raw bytes of an 8-bit document.</summary>
internal static class XmlDeclaration
{
    private const int MaxDeclarationBytes = 1024;

    public static string? ReadEncoding(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, MaxDeclarationBytes)];
        var start = head.IndexOf("<?xml"u8);
        if (start < 0 || !head[..start].Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }
        var declaration = head[start..];
        var end = declaration.IndexOf("?>"u8);
        if (end < 0)
        {
            return null;
        }
        declaration = declaration[..end];
        var key = declaration.IndexOf("encoding"u8);
        return key < 0 ? null : ReadAttributeValue(declaration[(key + "encoding".Length)..]);
    }

    private static string? ReadAttributeValue(ReadOnlySpan<byte> rest)
    {
        rest = rest.TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }
        rest = rest[1..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || (rest[0] != '"' && rest[0] != '\''))
        {
            return null;
        }
        var close = rest[1..].IndexOf(rest[0]);
        return close <= 0 ? null : Encoding.ASCII.GetString(rest.Slice(1, close));
    }
}
