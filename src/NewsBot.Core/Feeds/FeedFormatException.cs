namespace NewsBot.Core.Feeds;

/// <summary>The bytes are not a feed at all (empty, HTML, or an XML/JSON document of another kind).</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
