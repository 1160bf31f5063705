namespace NewsBot.Core.Feeds;

/// <summary>Tells JSON from markup by the first byte that is not a BOM, whitespace or NUL (UTF-16/32 padding).</summary>
internal static class DocumentSniffer
{
    public static DocumentKind Detect(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF:
                    continue;
                case (byte)'{' or (byte)'[':
                    return DocumentKind.Json;
                default:
                    return DocumentKind.Markup;
            }
        }
        return DocumentKind.Empty;
    }
}
