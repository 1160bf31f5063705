using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Storage;

namespace NewsBot.Admin;

/// <summary>
/// Answers /why: a story's outbox state in each channel it was queued for (sent, queued, failed, digested), the post
/// it was credited in when it was grouped with another report of its story, or, when it was recorded without a
/// post, the <see cref="PostingRule"/>'s reason.
/// </summary>
public static class StoryExplainer
{
    public static string Explain(string link, IReadOnlyList<StoryTrace> traces, NewsBotSettings settings)
    {
        if (traces.Count == 0)
        {
            return $"Not fetched: no feed has carried a story with the link {AdminText.Echo(link)} (check the feed has it, or that the link is exactly the one in the feed).";
        }
        return string.Join("\n", traces.Select(t => Explain(link, t, settings)));
    }

    private static string Explain(string link, StoryTrace trace, NewsBotSettings settings) =>
        $"{trace.Feed}: \"{trace.Title}\" first seen {UnixTime.From(trace.FirstSeenAt):u}; {Verdict(link, trace, settings)}.";

    /// <summary>What became of the story in the trace's channel, or why it made no post (the status page shows this too).</summary>
    public static string Verdict(string link, StoryTrace trace, NewsBotSettings settings) =>
        trace.State is { } state ? InOutbox(trace, state)
        : trace.CreditedIn is { } channel ? $"not posted on its own: the same story as \"{trace.CreditedTo}\" in {channel}, credited in that post"
        : $"no post: {WhyNotPosted(link, trace, settings)}";

    private static string InOutbox(StoryTrace trace, OutboxState state) => state switch
    {
        OutboxState.Sent => $"already posted to {trace.Channel} at {UnixTime.From(trace.SentAt ?? 0):u}",
        OutboxState.Queued => $"queued for {trace.Channel} (attempt {trace.Attempts}{(trace.LastError is null ? "" : $", last error: {trace.LastError}")})",
        OutboxState.Failed => $"failed: Telegram refused it for {trace.Channel} {trace.Attempts} times and it was set aside: {trace.LastError}",
        OutboxState.Digested => $"not posted on its own: its headline went into a digest for {trace.Channel} ({trace.LastError})",
        OutboxState.Coalesced => $"an edit for {trace.Channel} replaced by a later one",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static string WhyNotPosted(string link, StoryTrace trace, NewsBotSettings settings)
    {
        if (settings.Feeds.Find(f => f.Name == trace.Feed) is not { } feed)
        {
            return "the feed is no longer in the settings";
        }
        // Storage keeps the title and link, which is what the filters are judged on here.
        var story = new Story { Key = "", FeedName = feed.Name, Title = trace.Title, Link = link, Published = UnixTime.From(trace.PublishedAt) };
        return new PostingRule(feed, settings.Channels).Reconsider(story, UnixTime.From(trace.FirstSeenAt)).Text;
    }
}
