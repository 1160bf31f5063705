using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Feeds.Decoding;

/// <summary>
/// Picks a document's encoding the way the XML spec and feedparser do: BOM first, then the HTTP charset,
/// then the XML declaration, then UTF-8, then windows-1252 when the bytes are not valid UTF-8.
/// </summary>
internal static class FeedTextDecoder
{
    private const string Utf8Name = "utf-8";
    private const string Windows1252Name = "windows-1252";

    static FeedTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedDocument Decode(ReadOnlySpan<byte> data, string? httpCharset)
    {
        var encoding = Detect(data, httpCharset);
        return new DecodedDocument(encoding.Encoding.GetString(data[encoding.BomLength..]), encoding.Name, encoding.Problem);
    }

    public static DocumentEncoding Detect(ReadOnlySpan<byte> data, string? httpCharset)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrFallback(data, 3, null);
        }
        if (DetectWideEncoding(data) is { } sniffed)
        {
            return new DocumentEncoding(sniffed.Encoding, sniffed.Name, sniffed.BomLength, null);
        }
        var declared = NonEmpty(httpCharset) ?? XmlDeclaration.ReadEncoding(data);
        if (declared is null)
        {
            return Utf8OrFallback(data, 0, null);
        }
        var label = declared.Trim().ToLowerInvariant();
        if (label is Utf8Name or "utf8" || IsWideLabel(label))
        {
            // A UTF-16/32 label on bytes without NULs (no BOM was found) is wrong; read them as 8-bit text.
            return Utf8OrFallback(data, 0, label);
        }
        return Lookup(label) is { } encoding
            ? new DocumentEncoding(encoding, label, 0, null)
            : Utf8OrFallback(data, 0, label);
    }

    private static DocumentEncoding Utf8OrFallback(ReadOnlySpan<byte> data, int bomLength, string? declared)
    {
        if (Utf8.IsValid(data[bomLength..]))
        {
            var problem = declared is null or Utf8Name or "utf8" ? null : $"document declared as {declared}, but parsed as utf-8";
            return new DocumentEncoding(Encoding.UTF8, Utf8Name, bomLength, problem);
        }
        return new DocumentEncoding(Encoding.Latin1, Windows1252Name, bomLength, $"document declared as {declared ?? Utf8Name}, but parsed as windows-1252");
    }

    /// <summary>
    /// Latin-1 and windows-1252 are read byte for byte as Latin-1: each text node is then repaired by
    /// <see cref="Text.MojibakeRepair"/>, which maps C1 controls to windows-1252 after undoing double-encoded UTF-8.
    /// </summary>
    private static Encoding? Lookup(string label)
    {
        if (label is "iso-8859-1" or "latin-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" or "windows-1252" or "cp1252")
        {
            return Encoding.Latin1;
        }
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsWideLabel(string label) => label.StartsWith("utf-16", StringComparison.Ordinal)
        || label.StartsWith("utf-32", StringComparison.Ordinal) || label is "ucs-2" or "unicode";

    /// <summary>UTF-16/32 by BOM, or by the NUL bytes around a leading '&lt;'.</summary>
    private static (Encoding Encoding, string Name, int BomLength)? DetectWideEncoding(ReadOnlySpan<byte> d)
    {
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || d.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0, 0, 0]))
        {
            return (new UTF32Encoding(false, false), "utf-32le", d[0] == 0xFF ? 4 : 0);
        }
        if (d.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) || d.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, (byte)'<']))
        {
            return (new UTF32Encoding(true, false), "utf-32be", d[2] == 0xFE ? 4 : 0);
        }
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || d.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0]))
        {
            return (new UnicodeEncoding(false, false), "utf-16le", d[0] == 0xFF ? 2 : 0);
        }
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || d.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<']))
        {
            return (new UnicodeEncoding(true, false), "utf-16be", d[0] == 0xFE ? 2 : 0);
        }
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
