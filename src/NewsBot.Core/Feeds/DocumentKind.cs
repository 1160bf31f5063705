namespace NewsBot.Core.Feeds;

/// <summary>What the first meaningful byte of a document says it is.</summary>
internal enum DocumentKind
{
    Empty,
    Json,
    Markup,
}
