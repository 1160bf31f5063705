using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Grouping;

/// <summary>One report as grouping sees it: its id (a story key, or a data set's id), text, link and time.</summary>
public sealed record GroupingItem(string Id, string Title, string? Lead, string? Link, DateTimeOffset Published)
{
    /// <summary>A story as its channel groups it, keyed by the story key; the lead is the summary's plain text.</summary>
    public static GroupingItem Of(Story story) =>
        new(story.Key, story.Title, HtmlText.ToPlainText(story.SummaryHtml), story.Link, story.Published);
}
