using AngleSharp.Html.Parser;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Formatting;

/// <summary>Picks the picture of a story: its first image media, else the first real &lt;img&gt; of its HTML.</summary>
public static class StoryPicture
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Hosts and paths of known trackers whose images are invisible beacons, whatever their size.</summary>
    private static readonly string[] TrackerMarkers =
        ["feeds.feedburner.com/~r/", "feeds.feedburner.com/~ff/", "stats.wordpress.com", "pixel.", "/pixel", "doubleclick.net"];

    /// <summary>An absolute http(s) URL, or null when the story has no usable picture.</summary>
    public static string? Choose(Story story) =>
        story.Media.Where(m => m.IsImage).Select(m => m.Url.Trim()).FirstOrDefault(HtmlToTelegram.IsWebUrl)
        ?? FirstImage(story.SummaryHtml)
        ?? FirstImage(story.ContentHtml);

    private static string? FirstImage(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }
        return Parser.ParseDocument(html).QuerySelectorAll("img")
            .Where(img => !IsTrackingPixel(img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("src")))
            .Select(img => img.GetAttribute("src")?.Trim())
            .FirstOrDefault(HtmlToTelegram.IsWebUrl);
    }

    internal static bool IsTrackingPixel(string? width, string? height, string? src) =>
        IsAtMostOnePixel(width) || IsAtMostOnePixel(height)
        || (src is not null && TrackerMarkers.Any(marker => src.Contains(marker, StringComparison.OrdinalIgnoreCase)));

    private static bool IsAtMostOnePixel(string? size) =>
        int.TryParse(size?.Trim().TrimEnd('p', 'x'), out var pixels) && pixels <= 1;
}
