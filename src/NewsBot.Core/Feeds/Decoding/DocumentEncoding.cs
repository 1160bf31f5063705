using System.Text;

namespace NewsBot.Core.Feeds.Decoding;

/// <summary>
/// How a document's bytes are to be read: the encoding, its name as reported, how many bytes of byte-order mark to
/// skip, and <see cref="Problem"/> when that is not what the document declared.
/// </summary>
internal readonly record struct DocumentEncoding(Encoding Encoding, string Name, int BomLength, string? Problem);
