using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Clustered mode's schedule, kept in step with the settings at start and after every reload: the feeds in
/// feed_schedule (a reload adds and removes them, and brings forward a feed whose schedule changed), claimed by
/// <see cref="FeedShards.Count"/> Quartz shard jobs. One Quartz job per feed would need more fires a second than
/// Quartz's clustered store sustains (README, Running several instances). Like <see cref="FeedScheduleSync"/>, it
/// tries until storage answers, in the background.
/// </summary>
public sealed partial class ClaimScheduleSync(
    ISchedulerFactory schedulerFactory,
    CurrentSettings settings,
    FeedHealth health,
    PostgresFeedClaims claims,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<ClaimScheduleSync> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly FaultEpisode _faults = faults.For("Scheduling the feeds", logger);
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = RetryUntilDoneAsync(async () =>
        {
            await health.LoadAsync(settings.Value.Feeds, _stopping.Token);
            await ApplyAsync(_stopping.Token);
            var removed = await FeedShardJobs.ScheduleAsync(await schedulerFactory.GetScheduler(_stopping.Token), _stopping.Token);
            if (removed > 0)
            {
                LogPerFeedJobsRemoved(removed);
            }
        });
        settings.Changed += OnSettingsChanged;
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        settings.Changed -= OnSettingsChanged;
        await _stopping.CancelAsync();
        await _starting;
    }

    public void Dispose()
    {
        _gate.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Makes feed_schedule hold the feeds in force, each with its configured schedule.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var feeds = settings.Value.Feeds.Select(feed => Scheduled(feed, now)).ToList();
            await claims.SyncAsync(feeds, cancellationToken);
            LogApplied(feeds.Count, FeedShards.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static ScheduledFeed Scheduled(FeedSettings feed, DateTimeOffset now)
    {
        // The configured schedule: a feed disabled for failing is probed from its poll's next turn, not from here.
        var schedule = FeedSchedule.For(feed, disabled: false);
        return new ScheduledFeed(feed.Name, FeedShards.Of(feed.Name), schedule.ToString(), FeedDueTimes.First(schedule, now));
    }

    private void OnSettingsChanged(NewsBotSettings changed) => _ = RetryUntilDoneAsync(() => ApplyAsync(_stopping.Token));

    private async Task RetryUntilDoneAsync(Func<Task> work)
    {
        while (!_stopping.IsCancellationRequested && !await _faults.RunAsync(work, _stopping.Token))
        {
            // RunAsync has logged the failure (once per episode) and waited its backoff.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Clustered schedule: {Feeds} feeds, claimed by {Shards} shard jobs")]
    private partial void LogApplied(int feeds, int shards);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Jobs} per-feed Quartz jobs of an earlier version: feeds are claimed by shard jobs now")]
    private partial void LogPerFeedJobsRemoved(int jobs);
}
