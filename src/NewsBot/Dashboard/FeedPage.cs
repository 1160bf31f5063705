using System.Globalization;
using System.Text;
using static NewsBot.Dashboard.PageLayout;

namespace NewsBot.Dashboard;

/// <summary>A feed's page at /feeds/NAME: its state, its recent polls and what became of its recent stories.</summary>
public static class FeedPage
{
    public static string Render(FeedDetail detail)
    {
        var feed = detail.Feed;
        return Page($"NewsBot: {feed.Name}", $"""
            <p><a href="/">← all feeds</a></p>
            <h1>{Encode(feed.Name)}</h1>
            <p><span class="state {feed.Condition.Kind}">{Encode(feed.Condition.Text)}</span> · last poll {Time(feed.LastPoll)} · next poll {Time(feed.NextPoll)} · {feed.StoriesLastDay} stories in 24 h</p>
            {(feed.LastError is null ? "" : $"<p class=\"error\">Last error: {Encode(feed.LastError)}</p>")}
            <h2>Recent polls</h2>
            {Polls(detail)}
            <h2>Recent stories</h2>
            {Stories(detail)}
            """);
    }

    private static string Polls(FeedDetail detail)
    {
        var rows = new StringBuilder();
        foreach (var poll in detail.Polls)
        {
            var result = poll.Error is null ? Encode(poll.Result) : $"{Encode(poll.Result)}: <span class=\"error\">{Encode(poll.Error)}</span>";
            rows.Append(CultureInfo.InvariantCulture, $"<tr class=\"poll\"><td>{Time(DateTimeOffset.FromUnixTimeMilliseconds(poll.PolledAt))}</td><td>{result}</td>" +
                $"<td>{poll.Bytes:N0}</td><td>{poll.DurationMs} ms</td><td>{poll.NewStories}</td></tr>");
        }
        return detail.Polls.Count == 0
            ? "<p class=\"muted\">Not polled since the poll history began.</p>"
            : $"<table id=\"polls\"><tr><th>at</th><th>status</th><th>bytes</th><th>duration</th><th>new stories</th></tr>{rows}</table>";
    }

    private static string Stories(FeedDetail detail)
    {
        var rows = new StringBuilder();
        foreach (var story in detail.Stories)
        {
            var title = story.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
                ? $"<a href=\"{Encode(link)}\" rel=\"noopener noreferrer nofollow\">{Encode(story.Title)}</a>"
                : Encode(story.Title);
            rows.Append(CultureInfo.InvariantCulture, $"<tr class=\"story\"><td>{Time(story.FirstSeen)}</td><td>{title}</td><td>{Encode(story.Verdict)}</td></tr>");
        }
        return detail.Stories.Count == 0
            ? "<p class=\"muted\">No story seen yet.</p>"
            : $"<table id=\"stories\"><tr><th>first seen</th><th>story</th><th>verdict</th></tr>{rows}</table>";
    }
}
