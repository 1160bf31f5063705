using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests;

/// <summary>Stories with sensible defaults, so each test sets only what it is about.</summary>
internal static class TestStories
{
    public static Story Make(string title = "Iraq and Turkey reach agreement on troops", string? summaryHtml = null) => new()
    {
        Key = "k",
        FeedName = "reuters-world",
        SourceTitle = "Reuters",
        Title = title,
        Link = "https://www.reuters.com/article/iraq-turkey",
        SummaryHtml = summaryHtml,
        Published = new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero),
    };
}
