namespace NewsBot.Core.Formatting;

/// <summary>How a story's picture is shown.</summary>
public enum PostImageMode
{
    /// <summary>Send a photo with the text as its caption (caption limit 1024).</summary>
    Photo,

    /// <summary>Send a text post whose link preview shows the picture large.</summary>
    LinkPreview,

    /// <summary>Text only, without a link preview.</summary>
    None,
}
