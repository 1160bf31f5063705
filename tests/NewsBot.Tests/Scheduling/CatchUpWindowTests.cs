using NewsBot.Scheduling;

namespace NewsBot.Tests.Scheduling;

/// <summary>Overdue feeds' catch-up polls: a few within seconds, ten thousand spread at twice the schedule's rate.</summary>
public sealed class CatchUpWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Many_overdue_feeds_are_spread_at_twice_the_schedules_rate_and_a_few_at_the_least_rate()
    {
        var tenThousand = Enumerable.Repeat(new FeedSchedule(Minute, null, false, 0), 10_000).ToList();
        var ten = Enumerable.Repeat(new FeedSchedule(TimeSpan.FromMinutes(5), null, false, 0), 10).ToList();

        Assert.Equal(TimeSpan.FromSeconds(30), CatchUpWindow.For(10_000, tenThousand));
        Assert.Equal(TimeSpan.FromSeconds(3), CatchUpWindow.For(1_000, tenThousand));
        Assert.Equal(TimeSpan.FromSeconds(10 / CatchUpWindow.MinRate), CatchUpWindow.For(10, ten));
    }

    [Fact]
    public void Catch_up_polls_fall_within_the_window_and_never_after_the_feeds_own_turn()
    {
        var window = TimeSpan.FromSeconds(30);
        var late = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var schedule = new FeedSchedule(Minute, null, false, i / 1_000.0);
            var triggers = schedule.TriggersFor($"feed{i}", overdue: true, Now, window);
            var own = triggers.Single(t => t.Key.Name == $"feed{i}").StartTimeUtc;
            foreach (var catchUp in triggers.Where(t => t.Key.Name != $"feed{i}"))
            {
                Assert.InRange(catchUp.StartTimeUtc, Now, Now + window);
                Assert.True(catchUp.StartTimeUtc < own, $"feed{i}: its catch-up came after its own turn");
                late += catchUp.StartTimeUtc - Now > window / 2 ? 1 : 0;
            }
        }
        // About 310 of the 1,000 land in the window's second half (the rest are early, or wait for their own turn).
        Assert.InRange(late, 200, 450);
    }

    [Fact]
    public void One_overdue_feed_polls_within_seconds()
    {
        var triggers = new FeedSchedule(Minute, null, false, 0.99).TriggersFor("feed", overdue: true, Now, CatchUpWindow.For(1, [new(Minute, null, false, 0)]));

        Assert.Equal(2, triggers.Count);
        Assert.Contains(triggers, t => t.StartTimeUtc - Now <= TimeSpan.FromSeconds(5));
    }
}
