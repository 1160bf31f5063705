using NewsBot.Core.Filtering;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Storage;

namespace NewsBot.Admin;

/// <summary>Answers /why: which stage kept a story from a post (not fetched, filtered, too old, already posted, queued, failed) and why.</summary>
public static class StoryExplainer
{
    public static string Explain(string link, IReadOnlyList<StoryTrace> traces, NewsBotSettings settings)
    {
        if (traces.Count == 0)
        {
            return $"Not fetched: no feed has carried a story with the link {link} (check the feed has it, or that the link is exactly the one in the feed).";
        }
        return string.Join("\n", traces.Select(t => Explain(t, settings.Feeds.Find(f => f.Name == t.Feed), settings)));
    }

    private static string Explain(StoryTrace trace, FeedSettings? feed, NewsBotSettings settings)
    {
        var seen = $"{trace.Feed}: \"{trace.Title}\" first seen {UnixTime.From(trace.FirstSeenAt):u}";
        return trace.Status switch
        {
            "sent" => $"{seen}; already posted to {trace.Channel} at {UnixTime.From(trace.SentAt ?? 0):u}.",
            "queued" => $"{seen}; queued for {trace.Channel} (attempt {trace.Attempts}{(trace.LastError is null ? "" : $", last error: {trace.LastError}")}).",
            "failed" => $"{seen}; failed: Telegram refused it for {trace.Channel} {trace.Attempts} times and it was set aside: {trace.LastError}.",
            _ => $"{seen}; no post: {WhyNotQueued(trace, feed, settings)}.",
        };
    }

    private static string WhyNotQueued(StoryTrace trace, FeedSettings? feed, NewsBotSettings settings)
    {
        if (feed is null)
        {
            return "the feed is no longer in the settings";
        }
        var age = UnixTime.From(trace.FirstSeenAt) - UnixTime.From(trace.PublishedAt);
        if (age > feed.MaxAge)
        {
            return $"too old (published {UnixTime.From(trace.PublishedAt):u}, {age.TotalHours:0} h before it was seen; MaxAge {feed.MaxAge})";
        }
        if (FilterReason(trace, feed, settings) is { } filtered)
        {
            return $"filtered ({filtered})";
        }
        return $"seen at the feed's first poll, which records every item and posts only the newest {feed.FirstRunPostLatest} (FirstRunPostLatest)";
    }

    /// <summary>The filter rule that keeps the title out, as far as the title alone tells.</summary>
    private static string? FilterReason(StoryTrace trace, FeedSettings feed, NewsBotSettings settings)
    {
        var story = new Story { Key = "", FeedName = feed.Name, Title = trace.Title, Published = UnixTime.From(trace.PublishedAt) };
        var filters = feed.Channels.Select(c => (Name: $"channel {c}", Options: settings.Channels.GetValueOrDefault(c)?.Filter))
            .Prepend((Name: "feed", Options: feed.Filter));
        foreach (var (name, options) in filters)
        {
            if (options is not null && !new StoryFilter(options).Allows(story, out var reason))
            {
                return $"{name} filter: {reason}";
            }
        }
        return null;
    }
}
