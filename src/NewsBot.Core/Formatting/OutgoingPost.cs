namespace NewsBot.Core.Formatting;

/// <summary>A post ready for Telegram: HTML in Telegram's subset, already length-checked.</summary>
public sealed record OutgoingPost
{
    /// <summary>Telegram HTML: the message text, or the photo caption when <see cref="PhotoUrl"/> is set.</summary>
    public required string Html { get; init; }

    /// <summary>When set, the post goes out as a photo with <see cref="Html"/> as its caption.</summary>
    public string? PhotoUrl { get; init; }

    /// <summary>The story's link, for the link preview and a "Read more" button.</summary>
    public string? Link { get; init; }

    /// <summary>Post without a notification sound.</summary>
    public bool Silent { get; init; }
}
