namespace NewsBot.Core.Feeds.Text;

/// <summary>How a text element's content is to be read.</summary>
internal enum TextKind
{
    /// <summary>Plain text: entities already decoded, any '&lt;' is literal.</summary>
    Plain,

    /// <summary>HTML, or XHTML serialized from child elements.</summary>
    Html,

    /// <summary>RSS titles: HTML only when it looks like it (feedparser's rule).</summary>
    Guess,
}
