using System.Threading.Channels;
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
/// Quartz's clustered store sustains (README, Scale out). One loop applies the start and then each reload (reloads
/// that come while it works are applied once, together), trying until storage answers.
/// </summary>
public sealed partial class ClaimScheduleSync(
    ISchedulerFactory schedulerFactory,
    CurrentSettings settings,
    FeedHealth health,
    PostgresFeedClaims claims,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<ClaimScheduleSync> logger) : BackgroundService
{
    private readonly FaultEpisode _faults = faults.For("Scheduling the feeds", logger);
    private readonly Channel<bool> _reloads = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        settings.Changed += OnSettingsChanged;
        try
        {
            await UntilDoneAsync(() => StartScheduleAsync(stoppingToken), stoppingToken);
            while (await _reloads.Reader.WaitToReadAsync(stoppingToken))
            {
                _reloads.Reader.TryRead(out _);
                await UntilDoneAsync(() => ApplyAsync(stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            settings.Changed -= OnSettingsChanged;
        }
    }

    private async Task StartScheduleAsync(CancellationToken cancellationToken)
    {
        await health.LoadAsync(settings.Value.Feeds, cancellationToken);
        await ApplyAsync(cancellationToken);
        var removed = await FeedShardJobs.ScheduleAsync(await schedulerFactory.GetScheduler(cancellationToken), cancellationToken);
        if (removed > 0)
        {
            LogPerFeedJobsRemoved(removed);
        }
    }

    /// <summary>Makes feed_schedule hold the feeds in force, each with its configured schedule.</summary>
    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var feeds = settings.Value.Feeds.Select(feed => Scheduled(feed, now)).ToList();
        await claims.SyncAsync(feeds, cancellationToken);
        LogApplied(feeds.Count, FeedShards.Count);
    }

    private static ScheduledFeed Scheduled(FeedSettings feed, DateTimeOffset now)
    {
        // The configured schedule: a feed disabled for failing is probed from its poll's next turn, not from here.
        var schedule = FeedSchedule.For(feed, disabled: false, phase: 0);
        return new ScheduledFeed(feed.Name, FeedShards.Of(feed.Name), schedule.ToString(), FeedDueTimes.First(schedule, now));
    }

    private void OnSettingsChanged(NewsBotSettings changed) => _reloads.Writer.TryWrite(true);

    private async Task UntilDoneAsync(Func<Task> work, CancellationToken stoppingToken)
    {
        while (!await _faults.RunAsync(work, stoppingToken))
        {
            // RunAsync has logged the failure (once per episode) and waited its backoff.
            stoppingToken.ThrowIfCancellationRequested();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Clustered schedule: {Feeds} feeds, claimed by {Shards} shard jobs")]
    private partial void LogApplied(int feeds, int shards);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Jobs} per-feed Quartz jobs of an earlier version: feeds are claimed by shard jobs now")]
    private partial void LogPerFeedJobsRemoved(int jobs);
}
