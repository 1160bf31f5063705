using NewsBot.Core.Feeds.Dates;
using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds;

/// <summary>Collects one entry's fields while its element is read; the first value of each field wins.</summary>
internal sealed class ItemBuilder
{
    private readonly List<FeedMedia> media = [];
    private readonly List<string> categories = [];

    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? PermalinkGuid { get; set; }
    public string? PublishedRaw { get; set; }
    public string? UpdatedRaw { get; set; }
    public string? Summary { get; set; }
    public string? Content { get; set; }
    public string? MediaDescription { get; set; }
    public string? Author { get; set; }

    public void AddMedia(string? url, string? type) => AddMedia(url, type, width: null, height: null, thumbnail: false);

    public void AddMedia(string? url, string? type, string? width, string? height, bool thumbnail)
    {
        url = url?.Trim();
        if (!string.IsNullOrEmpty(url) && !media.Exists(m => m.Url == url))
        {
            media.Add(new FeedMedia(url, string.IsNullOrWhiteSpace(type) ? null : type.Trim())
            {
                Width = Pixels(width),
                Height = Pixels(height),
                IsThumbnail = thumbnail,
            });
        }
    }

    private static int? Pixels(string? size) =>
        int.TryParse(size?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pixels) ? pixels : null;

    public void AddCategory(string? category)
    {
        category = HtmlText.Squash(category);
        if (category is not null)
        {
            categories.Add(category);
        }
    }

    public FeedItem Build() => new()
    {
        Id = Id,
        Title = Title,
        Link = Link ?? PermalinkGuid,
        Published = FeedDates.Parse(PublishedRaw),
        Updated = FeedDates.Parse(UpdatedRaw),
        PublishedRaw = PublishedRaw,
        UpdatedRaw = UpdatedRaw,
        SummaryHtml = Summary ?? Content ?? MediaDescription,
        ContentHtml = Content,
        Author = Author,
        Media = media.Count == 0 ? [] : media.ToArray(),
        Categories = categories.Count == 0 ? [] : categories.ToArray(),
    };
}
