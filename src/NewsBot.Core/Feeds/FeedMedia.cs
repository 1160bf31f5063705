namespace NewsBot.Core.Feeds;

/// <summary>A media reference of an entry; <see cref="Type"/> is a MIME type or Media RSS medium when the feed gives one.</summary>
public sealed record FeedMedia(string Url, string? Type = null)
{
    /// <summary>Pixel size when the feed states it (Media RSS width and height).</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>True for a media:thumbnail: a small preview of a larger picture.</summary>
    public bool IsThumbnail { get; init; }

    /// <summary>True when the reference is known or likely to be a picture.</summary>
    public bool IsImage =>
        Type is { } t
            ? t.StartsWith("image", StringComparison.OrdinalIgnoreCase)
            : LooksLikeImageUrl(Url);

    private static bool LooksLikeImageUrl(string url)
    {
        var path = url.Split('?', '#')[0];
        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
    }
}
