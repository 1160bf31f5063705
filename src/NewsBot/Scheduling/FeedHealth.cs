using System.Collections.Concurrent;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.Scheduling;

/// <summary>
/// Disables a feed that has failed for longer than its DisableAfter (telling the admin chat) and enables it again,
/// with a notice, at its first good poll. The state is stored, so that a restart neither forgets nor re-announces it.
/// </summary>
public sealed partial class FeedHealth(IStoryStore store, AdminNotifier notifier, NewsBotMetrics metrics, TimeProvider time, ILogger<FeedHealth> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _disabled = new(StringComparer.Ordinal);

    public bool IsDisabled(string feed) => _disabled.ContainsKey(feed);

    /// <summary>Reads which feeds are disabled; called once at start.</summary>
    public async Task LoadAsync(IEnumerable<FeedSettings> feeds, CancellationToken cancellationToken)
    {
        var states = await store.GetFeedStatesAsync(cancellationToken);
        foreach (var feed in feeds)
        {
            var disabledAt = states.GetValueOrDefault(feed.Name)?.DisabledAt;
            if (disabledAt is { } at)
            {
                _disabled[feed.Name] = at;
            }
            metrics.FeedDisabled(feed.Name, disabledAt is not null);
        }
    }

    /// <summary>
    /// Looks at the feed after its turn; true when the turn disabled or enabled it (its schedule must change). A feed
    /// that <paramref name="answered"/> has no failures left, so only a disabled one needs anything, and storage is
    /// not asked: that is nearly every turn.
    /// </summary>
    public async Task<bool> UpdateAsync(FeedSettings feed, bool answered, CancellationToken cancellationToken)
    {
        if (answered)
        {
            return IsDisabled(feed.Name) && await EnableAsync(feed.Name, cancellationToken);
        }
        var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
        if (IsDisabled(feed.Name))
        {
            return state.ConsecutiveFailures == 0 && await EnableAsync(feed.Name, cancellationToken);
        }
        var now = time.GetUtcNow();
        return state.FailingSince is { } since && now - since >= feed.DisableAfter && await DisableAsync(feed.Name, state, now, cancellationToken);
    }

    private async Task<bool> DisableAsync(string feed, FeedState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.SetDisabledAsync(feed, now, cancellationToken);
        _disabled[feed] = now;
        metrics.FeedDisabled(feed, true);
        var failingFor = now - state.FailingSince!.Value;
        LogDisabled(feed, failingFor.TotalHours, state.LastError);
        await notifier.NotifyAsync($"Feed {feed} is disabled: it has failed for {failingFor.TotalHours:0.#} h " +
            $"({state.ConsecutiveFailures} polls in a row; last error: {state.LastError}). It is tried once an hour and enabled again when it works.");
        return true;
    }

    private async Task<bool> EnableAsync(string feed, CancellationToken cancellationToken)
    {
        await store.SetDisabledAsync(feed, null, cancellationToken);
        _disabled.TryRemove(feed, out _);
        metrics.FeedDisabled(feed, false);
        LogEnabled(feed);
        await notifier.NotifyAsync($"Feed {feed} works again and is enabled.");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {Feed} disabled after failing for {Hours:0.#} h (last error: {LastError}); probing it hourly")]
    private partial void LogDisabled(string feed, double hours, string? lastError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} works again: enabled")]
    private partial void LogEnabled(string feed);
}
