using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>Reads what the status page shows from storage, the scheduler and the channels' pauses.</summary>
public sealed class StatusReader(
    CurrentSettings settings,
    IStoryStore store,
    IOutbox outbox,
    IStatusQueries queries,
    FeedHealth health,
    FeedPauses pauses,
    ChannelPauses channelPauses,
    NextPolls nextPolls,
    TimeProvider time)
{
    public const int PostsShown = 50;

    public async Task<StatusView> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lastDay = now.AddDays(-1);
        return new StatusView(
            now,
            await FeedsAsync(now, cancellationToken),
            await ChannelsAsync(now, cancellationToken),
            await queries.LastPostsAsync(PostsShown, cancellationToken),
            await queries.SentPostsSinceAsync(lastDay, cancellationToken));
    }

    private async Task<List<FeedRow>> FeedsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var paused = await pauses.ReadAsync(cancellationToken);
        var stories = await queries.StoriesSinceAsync(now.AddDays(-1), cancellationToken);
        var rows = new List<FeedRow>();
        foreach (var feed in settings.Value.Feeds)
        {
            rows.Add(await FeedRowAsync(feed.Name, paused, stories, now, cancellationToken));
        }
        return rows;
    }

    /// <summary>One feed's row, for the feed's own page.</summary>
    public async Task<FeedRow> FeedRowAsync(string feed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stories = await queries.StoriesSinceAsync(now.AddDays(-1), cancellationToken);
        return await FeedRowAsync(feed, await pauses.ReadAsync(cancellationToken), stories, now, cancellationToken);
    }

    private async Task<FeedRow> FeedRowAsync(
        string feed, FeedPauseState paused, IReadOnlyDictionary<string, long> stories, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await store.GetFeedStateAsync(feed, cancellationToken);
        var condition = FeedCondition.Of(state, health.IsDisabled(feed) || state.DisabledAt is not null, paused.IsPaused(feed), now);
        var next = await nextPolls.OfAsync(state, cancellationToken);
        return new(feed, condition, state.LastPolledAt, next, state.LastError, stories.GetValueOrDefault(feed));
    }

    private async Task<List<ChannelRow>> ChannelsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var depths = await outbox.DepthByChannelAsync(cancellationToken);
        var lastHour = await queries.SentSinceAsync(now.AddHours(-1), cancellationToken);
        var lastMinute = await queries.SentSinceAsync(now.AddMinutes(-1), cancellationToken);
        return settings.Value.Channels.Select(c => new ChannelRow(
            c.Key,
            depths.GetValueOrDefault(c.Key),
            lastHour.GetValueOrDefault(c.Key),
            lastMinute.GetValueOrDefault(c.Key),
            c.Value.MessagesPerMinute,
            channelPauses.Paused.GetValueOrDefault(c.Key))).ToList();
    }
}
