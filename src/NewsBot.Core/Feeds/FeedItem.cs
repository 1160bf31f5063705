namespace NewsBot.Core.Feeds;

/// <summary>One entry of a feed as the document states it, before the bot's own decisions.</summary>
public sealed record FeedItem
{
    /// <summary>guid / atom:id / JSON id, trimmed.</summary>
    public string? Id { get; init; }

    /// <summary>Plain text: markup removed, entities decoded, whitespace squashed.</summary>
    public string? Title { get; init; }

    /// <summary>The main link, resolved against xml:base and the feed's URL where given.</summary>
    public string? Link { get; init; }

    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? PublishedRaw { get; init; }
    public string? UpdatedRaw { get; init; }

    /// <summary>The summary as HTML (RSS description, Atom summary, JSON summary); plain-text sources are HTML-escaped.</summary>
    public string? SummaryHtml { get; init; }

    /// <summary>The full content as HTML (content:encoded, Atom content, JSON content_html).</summary>
    public string? ContentHtml { get; init; }

    public string? Author { get; init; }

    /// <summary>Enclosures, media:content, media:thumbnail, itunes:image, in document order, de-duplicated.</summary>
    public IReadOnlyList<FeedMedia> Media { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];
}
