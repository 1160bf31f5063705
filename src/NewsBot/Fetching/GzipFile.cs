using System.IO.Compression;

namespace NewsBot.Fetching;

/// <summary>
/// A body that is itself a gzip file (a sitemap served as .gz, application/x-gzip, with no Content-Encoding, as
/// sitemaps.org allows) is unpacked, within the same size limit as any body.
/// </summary>
internal static class GzipFile
{
    /// <summary>The body unpacked when it starts with gzip's magic bytes, else as it is; null when it unpacks too large.</summary>
    /// <exception cref="IOException">The gzip data is corrupt.</exception>
    public static async Task<byte[]?> UnpackAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (body.Length < 2 || body[0] != 0x1f || body[1] != 0x8b)
        {
            return body;
        }
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            return await FeedFetcher.ReadLimitedAsync(gzip, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new IOException($"not a valid gzip file: {e.Message}", e);
        }
    }
}
