using NewsBot.Core.Scheduling;
using NewsBot.Core.Settings;

namespace NewsBot.Benchmarks.Scale;

/// <summary>
/// Polls simulated feeds as the bot would, on a simulated clock: every Interval at the feed's phase, or (adaptive)
/// at every MinInterval turn that <see cref="AdaptiveInterval"/> does not skip, the rule the bot runs after each poll.
/// A story's delay is the time from its publication to the first poll after it.
/// </summary>
public sealed class AdaptiveSimulation(IReadOnlyList<(string Name, List<TimeSpan> Stories)> feeds, TimeSpan length)
{
    public sealed record Outcome(long Requests, IReadOnlyList<double> DelaysSeconds);

    public Outcome Run(TimeSpan interval, bool adaptive)
    {
        long requests = 0;
        var delays = new List<double>();
        foreach (var (name, stories) in feeds)
        {
            var feed = new FeedSettings { Name = name, Url = $"https://{name}.example/rss", Interval = interval, Adaptive = adaptive };
            requests += PollOne(feed, stories, delays);
        }
        delays.Sort();
        return new(requests, delays);
    }

    private long PollOne(FeedSettings feed, List<TimeSpan> stories, List<double> delays)
    {
        var cadence = PollIntervals.Cadence(feed);
        var polls = new Queue<PollSample>();
        var next = StableHash.Fraction(feed.Name) * cadence;
        var notBefore = TimeSpan.Zero;
        var unseen = 0;
        long requests = 0;
        for (var turn = next; turn < length; turn += cadence)
        {
            // The bot's FeedPacing.IsDue: a turn a moment early still counts as on time.
            if (turn + PollIntervals.OnTimeWithin(feed) < notBefore)
            {
                continue;
            }
            requests++;
            var found = 0;
            for (; unseen < stories.Count && stories[unseen] <= turn; unseen++, found++)
            {
                delays.Add((turn - stories[unseen]).TotalSeconds);
            }
            polls.Enqueue(new(DateTimeOffset.UnixEpoch + turn, found));
            if (polls.Count > 50)
            {
                polls.Dequeue(); // the poll history keeps fifty per feed
            }
            var every = PollIntervals.IsAdaptive(feed) ? AdaptiveInterval.Of(feed, polls) : feed.Interval;
            notBefore = turn + every;
        }
        return requests;
    }
}
