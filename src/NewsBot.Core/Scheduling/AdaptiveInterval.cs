using NewsBot.Core.Settings;

namespace NewsBot.Core.Scheduling;

/// <summary>
/// The interval of an adaptive feed after a poll, from its recent polls: the geometric mean of its Interval and the
/// mean time between its new stories, kept between its MinInterval and MaxInterval. A feed publishing once per
/// Interval keeps it; four stories per Interval halve it, one per four Intervals doubles it. The square root spends
/// a fixed number of requests where they shorten the wait for a story most (the wait is half the interval, and a
/// feed's share of stories is its rate, so the sum is least when each interval goes with one over the root of the rate).
/// </summary>
public static class AdaptiveInterval
{
    /// <summary>Fewer polls than this are too little to go by: the feed keeps its Interval.</summary>
    public const int MinimumPolls = 5;

    /// <param name="feed">The feed, with its Interval, MinInterval and MaxInterval.</param>
    /// <param name="polls">Its recent polls, the one just made included, in any order.</param>
    public static TimeSpan Of(FeedSettings feed, IReadOnlyCollection<PollSample> polls)
    {
        if (polls.Count < MinimumPolls)
        {
            return feed.Interval;
        }
        var oldest = polls.MinBy(p => p.At);
        var span = polls.Max(p => p.At) - oldest.At;
        // The oldest poll's stories were published before the span began (the first poll's are the whole feed).
        var stories = polls.Sum(p => p.NewStories) - oldest.NewStories;
        if (stories <= 0)
        {
            return PollIntervals.Max(feed);
        }
        var gap = span / stories;
        var interval = TimeSpan.FromMilliseconds(Math.Round(Math.Sqrt(feed.Interval.TotalMilliseconds * gap.TotalMilliseconds)));
        return Clamp(interval, PollIntervals.Min(feed), PollIntervals.Max(feed));
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
