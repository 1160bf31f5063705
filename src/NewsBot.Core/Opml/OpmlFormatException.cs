namespace NewsBot.Core.Opml;

/// <summary>An OPML document that cannot be read; the message names the line.</summary>
public sealed class OpmlFormatException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
