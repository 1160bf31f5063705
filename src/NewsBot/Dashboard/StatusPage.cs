using System.Globalization;
using System.Text;
using static NewsBot.Dashboard.PageLayout;

namespace NewsBot.Dashboard;

/// <summary>The status page at /: feeds, channels, the freshness chart and the last posts.</summary>
public static class StatusPage
{
    public static string Render(StatusView view) => Page("NewsBot status", $"""
        <h1>NewsBot</h1>
        <p class="muted">{Time(view.Now)} · read-only · refreshes every {RefreshSeconds} s</p>
        <h2>Feeds</h2>
        {FeedTable(view.Feeds)}
        <h2>Channels</h2>
        {ChannelTable(view.Channels)}
        <h2>Freshness</h2>
        {FreshnessChart.Render(view.SentLastDay, view.Now)}
        <h2>Last posts</h2>
        {Posts(view)}
        """);

    private static string FeedTable(IReadOnlyList<FeedRow> feeds)
    {
        var rows = new StringBuilder();
        foreach (var feed in feeds)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="feed" data-state="{feed.Condition.Kind}"><td><a href="/feeds/{Uri.EscapeDataString(feed.Name)}">{Encode(feed.Name)}</a></td>
                <td class="state {feed.Condition.Kind}">{Encode(feed.Condition.Text)}</td><td>{Time(feed.LastPoll)}</td><td>{Time(feed.NextPoll)}</td>
                <td class="error">{Encode(feed.LastError)}</td><td>{feed.StoriesLastDay}</td></tr>
                """);
        }
        return $"<table id=\"feeds\"><tr><th>feed</th><th>state</th><th>last poll</th><th>next poll</th><th>last error</th><th>stories, 24 h</th></tr>{rows}</table>";
    }

    private static string ChannelTable(IReadOnlyList<ChannelRow> channels)
    {
        var rows = new StringBuilder();
        foreach (var channel in channels)
        {
            var paused = channel.PausedBecause is { } reason ? $"<span class=\"state paused\">paused: {Encode(reason)}</span>" : "no";
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="channel"><td>{Encode(channel.Name)}</td><td>{channel.Queued}</td><td>{channel.SentLastHour}</td>
                <td>{channel.SentLastMinute} of {channel.MessagesPerMinute} a minute</td><td>{paused}</td></tr>
                """);
        }
        return $"<table id=\"channels\"><tr><th>channel</th><th>queued</th><th>sent, last hour</th><th>budget use</th><th>paused</th></tr>{rows}</table>";
    }

    private static string Posts(StatusView view) =>
        view.LastPosts.Count == 0
            ? "<p class=\"muted\">Nothing posted yet.</p>"
            : $"<div class=\"posts\" id=\"posts\">{string.Concat(view.LastPosts.Select(PostCard.Render))}</div>";
}
