using NewsBot.Dashboard;
using NewsBot.Storage;

namespace NewsBot.Tests.Dashboard;

public class FeedConditionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly FeedState Failing = new()
    {
        Feed = "wire",
        ConsecutiveFailures = 3,
        FailingSince = Now.AddHours(-2),
        LastPolledAt = Now.AddMinutes(-1),
        PollNotBefore = Now.AddMinutes(4),
    };

    [Fact]
    public void Disabled_wins_over_paused_and_paused_over_failing()
    {
        Assert.Equal("disabled", FeedCondition.Of(Failing, disabled: true, paused: true, Now).Kind);
        Assert.Equal("paused", FeedCondition.Of(Failing, disabled: false, paused: true, Now).Kind);
    }

    [Fact]
    public void A_failing_feed_says_since_when_and_how_often()
    {
        var condition = FeedCondition.Of(Failing, disabled: false, paused: false, Now);

        Assert.Equal(("failing", "failing since 2026-03-01 10:00:00 UTC (3 in a row)"), (condition.Kind, condition.Text));
    }

    [Fact]
    public void A_working_feed_its_server_slowed_down_is_backing_off_until_then_ok()
    {
        var slowed = Failing with { ConsecutiveFailures = 0, FailingSince = null };

        Assert.Equal("backoff", FeedCondition.Of(slowed, disabled: false, paused: false, Now).Kind);
        Assert.Equal("ok", FeedCondition.Of(slowed, disabled: false, paused: false, Now.AddMinutes(5)).Kind);
    }
}
