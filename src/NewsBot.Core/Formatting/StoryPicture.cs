using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Picks the picture of a story: the largest one it offers among its image media (enclosures, media:content,
/// media:thumbnail) and the real &lt;img&gt;s of its HTML (with their srcset), never a tracking pixel, and a
/// thumbnail only when nothing larger exists. Among pictures of one size, the feed's own media come first.
/// </summary>
public static class StoryPicture
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// Hosts and paths of images that are never the story's picture: trackers' invisible beacons, whatever their size,
    /// and the author's avatar that WordPress.com feeds give as media:content.
    /// </summary>
    private static readonly string[] TrackerMarkers =
        ["feeds.feedburner.com/~r/", "feeds.feedburner.com/~ff/", "stats.wordpress.com", "pixel.", "/pixel", "doubleclick.net", "gravatar.com/avatar/"];

    /// <summary>An absolute http(s) URL, or null when the story has no usable picture.</summary>
    public static string? Choose(Story story)
    {
        var candidates = MediaCandidates(story).Concat(HtmlCandidates(story.SummaryHtml)).Concat(HtmlCandidates(story.ContentHtml))
            .Where(c => HtmlToTelegram.IsWebUrl(c.Url) && !IsTrackingPixel(c))
            .ToList();
        // MaxBy keeps the first of equals: document order, media first.
        return candidates.Where(c => !c.LooksLikeThumbnail).MaxBy(c => c.RankWidth)?.Url
            ?? candidates.MaxBy(c => c.RankWidth)?.Url;
    }

    private static IEnumerable<PictureCandidate> MediaCandidates(Story story) =>
        story.Media.Where(m => m.IsImage).Select(m => new PictureCandidate(m.Url.Trim(), m.Width, m.Height, m.IsThumbnail));

    private static IEnumerable<PictureCandidate> HtmlCandidates(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }
        return Parser.ParseDocument(html).QuerySelectorAll("img").SelectMany(ImageCandidates);
    }

    /// <summary>An img's src, and the widest of its srcset.</summary>
    private static IEnumerable<PictureCandidate> ImageCandidates(IElement img)
    {
        if (img.GetAttribute("src")?.Trim() is { Length: > 0 } src)
        {
            yield return new PictureCandidate(src, Size(img.GetAttribute("width")), Size(img.GetAttribute("height")), IsThumbnail: false);
        }
        if (Widest(img.GetAttribute("srcset")) is { } widest)
        {
            yield return widest;
        }
    }

    /// <summary>"a.jpg 300w, b.jpg 1024w" → b.jpg at 1024; density descriptors ("2x") rank by the URL's own hint.</summary>
    private static PictureCandidate? Widest(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 0)
            .Select(parts => new PictureCandidate(parts[0], parts.Length > 1 && parts[1].EndsWith('w') ? Size(parts[1][..^1]) : null, null, IsThumbnail: false))
            .MaxBy(c => c.RankWidth);

    private static int? Size(string? value) =>
        int.TryParse(value?.Trim().TrimEnd('p', 'x'), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) ? pixels : null;

    private static bool IsTrackingPixel(PictureCandidate candidate) =>
        candidate.Width <= 1 || candidate.Height <= 1
        || TrackerMarkers.Any(marker => candidate.Url.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
