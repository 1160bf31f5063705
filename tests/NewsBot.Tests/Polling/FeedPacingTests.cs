using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Polling;
using NewsBot.Storage;

namespace NewsBot.Tests.Polling;

public class FeedPacingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedSettings _feed = new() { Name = "wire", Interval = TimeSpan.FromMinutes(1), MaxPollDelay = TimeSpan.FromMinutes(30) };

    [Fact]
    public void A_failing_feed_backs_off_exponentially_up_to_the_cap()
    {
        var pacing = new FeedPacing(_time);

        var waits = Enumerable.Range(1, 8).Select(n => pacing.BackoffAfter(_feed, n, null).TotalMinutes).ToList();

        Assert.InRange(waits[0], 0.9, 1.1);
        Assert.InRange(waits[1], 1.8, 2.2);
        Assert.InRange(waits[2], 3.6, 4.4);
        Assert.Equal(30, waits[7]);
    }

    [Fact]
    public void Retry_after_longer_than_the_backoff_is_honoured_within_the_cap()
    {
        var pacing = new FeedPacing(_time);

        Assert.Equal(TimeSpan.FromMinutes(10), pacing.BackoffAfter(_feed, 1, TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromMinutes(30), pacing.BackoffAfter(_feed, 1, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void A_server_asking_for_fewer_polls_gets_them_within_the_cap()
    {
        var pacing = new FeedPacing(_time);

        Assert.Null(pacing.DelayAfterSuccess(_feed, TimeSpan.FromSeconds(30), _feed.Interval));
        Assert.Null(pacing.DelayAfterSuccess(_feed, null, _feed.Interval));
        Assert.Equal(TimeSpan.FromMinutes(5), pacing.DelayAfterSuccess(_feed, TimeSpan.FromMinutes(5), _feed.Interval));
        Assert.Equal(TimeSpan.FromMinutes(30), pacing.DelayAfterSuccess(_feed, TimeSpan.FromHours(5), _feed.Interval));
    }

    [Fact]
    public void An_adaptive_feed_skips_the_turns_its_interval_does_not_need_and_a_server_asking_more_still_wins()
    {
        var pacing = new FeedPacing(_time);
        var adaptive = new FeedSettings { Name = "wire", Url = "https://wire.example/rss", Interval = TimeSpan.FromMinutes(1), Adaptive = true };

        // Its trigger fires every quarter of a minute (the default MinInterval): a wait of 15 s is the next turn.
        Assert.Null(pacing.DelayAfterSuccess(adaptive, null, TimeSpan.FromSeconds(15)));
        Assert.Equal(TimeSpan.FromSeconds(40), pacing.DelayAfterSuccess(adaptive, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)));
        Assert.Equal(TimeSpan.FromMinutes(3), pacing.DelayAfterSuccess(adaptive, TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(40)));

        var deferred = new FeedState { Feed = "wire", PollNotBefore = _time.GetUtcNow().AddSeconds(40) };
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(pacing.IsDue(adaptive, deferred));
        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.True(pacing.IsDue(adaptive, deferred));
    }

    [Fact]
    public void A_feed_is_due_once_its_time_has_come_and_a_trigger_a_moment_early_is_on_time()
    {
        var pacing = new FeedPacing(_time);
        var deferred = new FeedState { Feed = "wire", PollNotBefore = _time.GetUtcNow().AddMinutes(5) };

        Assert.True(pacing.IsDue(_feed, new FeedState { Feed = "wire" }));
        Assert.False(pacing.IsDue(_feed, deferred));
        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(20));
        Assert.True(pacing.IsDue(_feed, deferred));
    }

    [Fact]
    public void A_turn_fired_a_second_early_by_the_scheduler_counts_even_at_the_shortest_cadence()
    {
        var pacing = new FeedPacing(_time);
        var quick = new FeedSettings { Name = "wire", Url = "https://wire.example/rss", Interval = TimeSpan.FromSeconds(20), MinInterval = TimeSpan.FromSeconds(10), Adaptive = true };
        var deferred = new FeedState { Feed = "wire", PollNotBefore = _time.GetUtcNow().AddSeconds(20) };

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(pacing.IsDue(quick, deferred));
        _time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromSeconds(1.2));
        Assert.True(pacing.IsDue(quick, deferred));
    }
}
