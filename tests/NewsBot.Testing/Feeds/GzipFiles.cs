using System.IO.Compression;
using System.Text;

namespace NewsBot.Testing.Feeds;

/// <summary>Text packed as a .gz file, as sitemaps are served (application/x-gzip, no Content-Encoding).</summary>
public static class GzipFiles
{
    public static byte[] Pack(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }
}
