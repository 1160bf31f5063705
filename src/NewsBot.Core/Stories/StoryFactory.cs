using NewsBot.Core.Feeds;

namespace NewsBot.Core.Stories;

/// <summary>Turns parsed feed items into stories: keyed, with an absolute link, a headline and a sane date.</summary>
public static class StoryFactory
{
    /// <summary>
    /// The feed's items as stories, oldest first (the order they should be posted in).
    /// Items with nothing to identify them by are left out. What the feed repeats around every item is learnt
    /// from all of them (<see cref="FeedBoilerplate"/>).
    /// </summary>
    public static IReadOnlyList<Story> FromFeed(string feedName, ParsedFeed feed, DateTimeOffset now)
    {
        var stories = new List<Story>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            if (Create(feedName, feed.Title, item, now) is { } story)
            {
                stories.Add(story);
            }
        }
        var boilerplate = FeedBoilerplate.Learn(stories);
        // Feeds list newest first; a stable sort by date keeps document order among equal dates, reversed.
        stories.Reverse();
        return stories.OrderBy(s => s.Published).Select(s => s with { Boilerplate = boilerplate }).ToList();
    }

    private static Story? Create(string feedName, string? sourceTitle, FeedItem item, DateTimeOffset now)
    {
        var key = StoryKey.For(feedName, item);
        var title = Headline(item);
        if (key is null || title is null)
        {
            return null;
        }
        var feedDate = item.Published ?? item.Updated;
        return new Story
        {
            Key = key,
            FeedName = feedName,
            SourceTitle = sourceTitle,
            Title = title,
            Link = HttpLink(item.Link),
            SummaryHtml = StoryText.CleanHtml(item.SummaryHtml),
            ContentHtml = StoryText.CleanHtml(item.ContentHtml),
            Author = item.Author is null ? null : StoryText.CleanPlain(item.Author),
            // Publishers' clocks run ahead now and then; a story is never newer than the moment it was read.
            Published = feedDate is { } d && d < now ? d : now,
            HasFeedDate = feedDate is not null,
            Media = item.Media,
            Categories = item.Categories,
        };
    }

    private static string? Headline(FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Title) && StoryText.CleanPlain(item.Title).Trim() is { Length: > 0 } title)
        {
            return title;
        }
        return HttpLink(item.Link);
    }

    private static string? HttpLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
