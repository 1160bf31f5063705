using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>A feed's state as the status page names it: disabled, paused, failing since, backing off or ok.</summary>
public sealed record FeedCondition(string Kind, string Text)
{
    public static FeedCondition Of(FeedState state, bool disabled, bool paused, DateTimeOffset now)
    {
        if (disabled)
        {
            return new("disabled", state.DisabledAt is { } at ? $"disabled since {PageLayout.Time(at)}" : "disabled");
        }
        if (paused)
        {
            return new("paused", "paused");
        }
        if (state.ConsecutiveFailures > 0)
        {
            var since = state.FailingSince is { } failing ? $" since {PageLayout.Time(failing)}" : "";
            return new("failing", $"failing{since} ({state.ConsecutiveFailures} in a row)");
        }
        return state.PollNotBefore > now
            ? new("backoff", $"backing off until {PageLayout.Time(state.PollNotBefore.Value)}")
            : new("ok", state.LastPolledAt is null ? "not polled yet" : "ok");
    }
}
