using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Keeps one Quartz job per feed in step with the settings: at start, after every settings reload (adding,
/// removing and rescheduling only the feeds whose schedule changed) and when a feed is disabled or enabled. At start
/// and after a reload it tries until storage answers (one <see cref="FaultEpisode"/>), in the background, so that
/// storage away for a while neither stops the host nor loses the change.
/// </summary>
public sealed partial class FeedScheduleSync(
    ISchedulerFactory schedulerFactory,
    CurrentSettings settings,
    FeedHealth health,
    IStoryStore store,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<FeedScheduleSync> logger) : IHostedService, IDisposable
{
    public const string Group = "feeds";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, FeedSchedule> _applied = new(StringComparer.Ordinal);
    private readonly FaultEpisode _faults = faults.For("Scheduling the feeds", logger);
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = RetryUntilDoneAsync(async () =>
        {
            await health.LoadAsync(settings.Value.Feeds, _stopping.Token);
            await ApplyAsync(_stopping.Token);
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

    /// <summary>The first application at start, retried in the background until storage answers.</summary>
    internal Task Started => _starting;

    public void Dispose()
    {
        _gate.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Brings the jobs in line with the settings in force and each feed's health.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var wanted = settings.Value.Feeds.ToDictionary(f => f.Name, f => FeedSchedule.For(f, health.IsDisabled(f.Name)), StringComparer.Ordinal);
            foreach (var gone in _applied.Keys.Except(wanted.Keys).ToList())
            {
                await scheduler.DeleteJob(new JobKey(gone, Group), cancellationToken);
                _applied.Remove(gone);
                LogRemoved(gone);
            }
            foreach (var feed in settings.Value.Feeds)
            {
                await ScheduleAsync(scheduler, feed, wanted[feed.Name], cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ScheduleAsync(IScheduler scheduler, FeedSettings feed, FeedSchedule schedule, CancellationToken cancellationToken)
    {
        var known = _applied.TryGetValue(feed.Name, out var current);
        if (known && current == schedule)
        {
            return;
        }
        var job = JobBuilder.Create<PollFeedJob>().WithIdentity(feed.Name, Group).Build();
        await scheduler.ScheduleJob(job, schedule.TriggerFor(feed.Name, time.GetUtcNow()), new ScheduleJobOptions { Replace = true }, cancellationToken);
        _applied[feed.Name] = schedule;
        LogScheduled(feed.Name, known ? "rescheduled" : "scheduled", schedule);
        if (!known && schedule.Cron is { } cron && await MissedCronAsync(feed.Name, cron, cancellationToken))
        {
            await scheduler.TriggerJob(job.Key, cancellationToken);
        }
    }

    /// <summary>True when a cron fire fell in the downtime before this start (or the feed was never polled): poll once now.</summary>
    private async Task<bool> MissedCronAsync(string feed, string cron, CancellationToken cancellationToken)
    {
        var state = await store.GetFeedStateAsync(feed, cancellationToken);
        return state.LastPolledAt is not { } last
            || new CronExpression(cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(last) <= time.GetUtcNow();
    }

    private void OnSettingsChanged(NewsBotSettings changed) => _ = RetryUntilDoneAsync(() => ApplyAsync(_stopping.Token));

    private async Task RetryUntilDoneAsync(Func<Task> work)
    {
        while (!_stopping.IsCancellationRequested && !await _faults.RunAsync(work, _stopping.Token))
        {
            // RunAsync has logged the failure (once per episode) and waited its backoff.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} {Action}: {Schedule}")]
    private partial void LogScheduled(string feed, string action, FeedSchedule schedule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} removed from the schedule")]
    private partial void LogRemoved(string feed);
}
