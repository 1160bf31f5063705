using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Formatting;

/// <summary>
/// One picture a story offers, with what is known of its size: stated by the feed (Media RSS width, an img's width,
/// a srcset's "1024w") or hinted by the URL (WordPress's "-150x150.jpg", a CDN's "?w=104").
/// </summary>
internal sealed partial record PictureCandidate(string Url, int? Width, int? Height, bool IsThumbnail)
{
    /// <summary>Pictures narrower than this are thumbnails, whatever the feed calls them.</summary>
    private const int ThumbnailWidth = 300;

    /// <summary>What a picture of no known size is taken to be: a feed's main image is usually full size.</summary>
    private const int AssumedWidth = 640;

    /// <summary>The width to rank by: stated, else hinted by the URL, else assumed (small for a thumbnail).</summary>
    public int RankWidth => Width ?? UrlWidth(Url) ?? (IsThumbnail ? ThumbnailWidth - 1 : AssumedWidth);

    /// <summary>A thumbnail by name or size, or a site's logo: chosen only when nothing better exists.</summary>
    public bool LooksLikeThumbnail => IsThumbnail || RankWidth < ThumbnailWidth || Url.Contains("logo", StringComparison.OrdinalIgnoreCase);

    /// <summary>The width a URL asks its image server for: "-150x150.jpg", "?w=104", "&amp;width=200", "?s=96".</summary>
    internal static int? UrlWidth(string url)
    {
        var match = SizeInUrl().Match(url);
        if (!match.Success)
        {
            return null;
        }
        var digits = match.Groups["w"].Success ? match.Groups["w"].Value : match.Groups["q"].Value;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0 ? width : null;
    }

    [GeneratedRegex(@"[-_/](?<w>\d{2,4})x\d{1,4}(?:[./_-]|$)|[?&](?:w|width|s|size|resize|imwidth)=(?<q>\d{2,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SizeInUrl();
}
