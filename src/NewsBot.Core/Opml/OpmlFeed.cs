namespace NewsBot.Core.Opml;

/// <summary>One outline with an xmlUrl: a feed, named by its title (else its text), in the categories that hold it.</summary>
public sealed record OpmlFeed(string Name, string XmlUrl, string? HtmlUrl, IReadOnlyList<string> Categories, int Line);
