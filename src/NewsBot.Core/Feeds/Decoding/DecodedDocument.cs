namespace NewsBot.Core.Feeds.Decoding;

/// <summary>A document's text with the encoding it was read with; <see cref="Problem"/> tells when that was not the declared one.</summary>
internal readonly record struct DecodedDocument(string Text, string Encoding, string? Problem);
