namespace NewsBot.Core.Feeds.Xml;

/// <summary>A link element as read: its resolved URL, relation and MIME type.</summary>
internal readonly record struct LinkElement(string? Url, string Rel, string? Type)
{
    public const string Alternate = "alternate";
}
