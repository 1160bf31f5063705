using NewsBot.Core.Scheduling;
using NewsBot.Core.Settings;

namespace NewsBot.Core.Tests.Scheduling;

public class AdaptiveIntervalTests
{
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private readonly FeedSettings _feed = new() { Name = "wire", Url = "https://wire.example/rss", Interval = TimeSpan.FromMinutes(4), Adaptive = true };

    [Fact]
    public void A_feed_publishing_once_per_interval_keeps_it()
    {
        Assert.Equal(TimeSpan.FromMinutes(4), AdaptiveInterval.Of(_feed, Polls(every: TimeSpan.FromMinutes(4), storiesEach: 1)));
    }

    [Fact]
    public void Four_stories_per_interval_halve_it_and_one_per_four_intervals_doubles_it()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), AdaptiveInterval.Of(_feed, Polls(every: TimeSpan.FromMinutes(4), storiesEach: 4)));
        Assert.Equal(TimeSpan.FromMinutes(8), AdaptiveInterval.Of(_feed, Polls(every: TimeSpan.FromMinutes(16), storiesEach: 1)));
    }

    [Fact]
    public void The_interval_stays_between_the_minimum_and_the_maximum()
    {
        var busy = Polls(every: TimeSpan.FromMinutes(1), storiesEach: 100);
        var silent = Polls(every: TimeSpan.FromMinutes(4), storiesEach: 0);

        Assert.Equal(TimeSpan.FromMinutes(1), AdaptiveInterval.Of(_feed, busy)); // a quarter of Interval
        Assert.Equal(TimeSpan.FromMinutes(16), AdaptiveInterval.Of(_feed, silent)); // four times Interval
        _feed.MinInterval = TimeSpan.FromMinutes(3);
        _feed.MaxInterval = TimeSpan.FromMinutes(6);
        Assert.Equal(TimeSpan.FromMinutes(3), AdaptiveInterval.Of(_feed, busy));
        Assert.Equal(TimeSpan.FromMinutes(6), AdaptiveInterval.Of(_feed, silent));
    }

    [Fact]
    public void The_first_poll_s_baseline_and_a_short_history_do_not_count()
    {
        var polls = Polls(every: TimeSpan.FromMinutes(4), storiesEach: 1);
        polls[0] = polls[0] with { NewStories = 500 }; // the first poll records the whole feed as seen

        Assert.Equal(TimeSpan.FromMinutes(4), AdaptiveInterval.Of(_feed, polls));
        Assert.Equal(TimeSpan.FromMinutes(4), AdaptiveInterval.Of(_feed, polls[..(AdaptiveInterval.MinimumPolls - 1)]));
    }

    [Fact]
    public void The_default_minimum_respects_the_floor_for_a_feed_on_another_host()
    {
        var fast = new FeedSettings { Url = "https://wire.example/rss", Interval = TimeSpan.FromSeconds(20) };
        var local = new FeedSettings { Url = "http://127.0.0.1:8080/rss", Interval = TimeSpan.FromSeconds(20) };

        Assert.Equal(TimeSpan.FromSeconds(10), PollIntervals.Min(fast));
        Assert.Equal(TimeSpan.FromSeconds(5), PollIntervals.Min(local));
        Assert.Equal(TimeSpan.FromSeconds(20), PollIntervals.Cadence(fast)); // not adaptive: its Interval
    }

    /// <summary>Ten polls a fixed time apart up to now, each finding the same number of new stories.</summary>
    private PollSample[] Polls(TimeSpan every, int storiesEach)
    {
        return [.. Enumerable.Range(0, 10).Select(i => new PollSample(_now - (every * (9 - i)), storiesEach))];
    }
}
