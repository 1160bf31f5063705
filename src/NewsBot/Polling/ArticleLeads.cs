using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Scraping;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Fetching;

namespace NewsBot.Polling;

/// <summary>
/// With FetchArticleLead, a story about to be posted that came with a headline only (a sitemap's, a bare feed's)
/// gets its lead and picture from its own page: fetched once, one page at a time, through the feeds' HTTP client,
/// so the same per-host connection limit, size limit and timeout apply. A page that fails leaves the story as it was.
/// </summary>
public sealed partial class ArticleLeads(FeedFetcher fetcher, ILogger<ArticleLeads> logger)
{
    public async Task<IReadOnlyList<StoryVerdict>> AddAsync(FeedSettings feed, IReadOnlyList<StoryVerdict> verdicts, CancellationToken cancellationToken)
    {
        if (!feed.FetchArticleLead)
        {
            return verdicts;
        }
        var withLeads = new List<StoryVerdict>(verdicts.Count);
        foreach (var verdict in verdicts)
        {
            withLeads.Add(NeedsLead(verdict) ? verdict with { Story = await AddAsync(feed, verdict.Story, cancellationToken) } : verdict);
        }
        return withLeads;
    }

    private static bool NeedsLead(StoryVerdict verdict) =>
        verdict.PostsTo.Any() && verdict.Story.Link is not null
        && string.IsNullOrWhiteSpace(verdict.Story.SummaryHtml) && string.IsNullOrWhiteSpace(verdict.Story.ContentHtml);

    private async Task<Story> AddAsync(FeedSettings feed, Story story, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(story.Link!, feed.Timeout, FeedValidators.None, cancellationToken);
        if (fetched is not FetchResult.Fetched page)
        {
            LogNoLead(feed.Name, story.Link!, (fetched as FetchResult.Failed)?.Reason ?? "no content");
            return story;
        }
        var lead = ArticleLead.Read(page.Body, page.ParseOptions);
        return story with
        {
            SummaryHtml = StoryText.CleanHtml(lead.LeadHtml),
            Media = lead.Image is { } image && story.Media.Count == 0 ? [new FeedMedia(image, "image")] : story.Media,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: no lead from the story's page {Url}: {Reason}; posting its headline only")]
    private partial void LogNoLead(string feed, string url, string reason);
}
