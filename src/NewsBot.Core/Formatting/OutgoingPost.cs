namespace NewsBot.Core.Formatting;

/// <summary>A post ready for Telegram: HTML in Telegram's subset, already length-checked.</summary>
public sealed record OutgoingPost
{
    /// <summary>Telegram HTML: the message text, or the photo caption when <see cref="PhotoUrl"/> is set.</summary>
    public required string Html { get; init; }

    /// <summary>The same content without markup, to resend without parse_mode when Telegram refuses the HTML.</summary>
    public string PlainText { get; init; } = "";

    /// <summary>When set, the post goes out as a photo with <see cref="Html"/> as its caption.</summary>
    public string? PhotoUrl { get; init; }

    /// <summary>The story's link, for the link preview and a "Read more" button.</summary>
    public string? Link { get; init; }

    /// <summary>For a text post: the URL to preview (link_preview_options.url); null = the first link of the text.</summary>
    public string? PreviewUrl { get; init; }

    /// <summary>For a text post: show the preview's picture large (link_preview_options.prefer_large_media).</summary>
    public bool PreferLargePreview { get; init; }

    /// <summary>For a text post: send without a link preview (link_preview_options.is_disabled).</summary>
    public bool DisableLinkPreview { get; init; }

    /// <summary>Post without a notification sound.</summary>
    public bool Silent { get; init; }

    /// <summary>Breaking news: always posted with sound.</summary>
    public bool IsBreaking { get; init; }

    /// <summary>Pin the post for this long once sent (breaking news, when the feed asks for it).</summary>
    public TimeSpan? PinFor { get; init; }

    /// <summary>The message this post answers (reply_parameters): an update or breaking notice replying to the first post.</summary>
    public long? ReplyTo { get; init; }
}
