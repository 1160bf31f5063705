using NewsBot.Core.Scheduling;
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

    /// <summary>
    /// Brings the jobs in line with the settings in force and each feed's health, comparing each feed's wanted
    /// schedule with the one applied and touching only those that differ.
    /// </summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var feeds = settings.Value.Feeds;
            var phases = PollPhases.Of(feeds);
            var wanted = new Dictionary<string, FeedSchedule>(StringComparer.Ordinal);
            foreach (var feed in feeds)
            {
                wanted.TryAdd(feed.Name, FeedSchedule.For(feed, health.IsDisabled(feed.Name), phases[feed.Name]));
            }
            var removed = await RemoveAsync(scheduler, wanted, cancellationToken);
            var changed = wanted.Where(w => !_applied.TryGetValue(w.Key, out var current) || current != w.Value).ToList();
            var added = changed.Count(c => !_applied.ContainsKey(c.Key));
            if (changed.Count > 0)
            {
                await ScheduleAsync(scheduler, changed, wanted.Values, cancellationToken);
            }
            if (changed.Count + removed > 0)
            {
                LogApplied(added, changed.Count - added, removed, wanted.Count - changed.Count);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RemoveAsync(IScheduler scheduler, Dictionary<string, FeedSchedule> wanted, CancellationToken cancellationToken)
    {
        var gone = _applied.Keys.Where(name => !wanted.ContainsKey(name)).ToList();
        foreach (var name in gone)
        {
            await scheduler.DeleteJob(new JobKey(name, Group), cancellationToken);
            _applied.Remove(name);
            LogRemoved(name);
        }
        return gone.Count;
    }

    /// <summary>
    /// All the changed feeds' jobs in one call; each feed's stored state says whether it is overdue, and how many are
    /// says over how long their catch-up polls are spread.
    /// </summary>
    private async Task ScheduleAsync(
        IScheduler scheduler, List<KeyValuePair<string, FeedSchedule>> changed, IEnumerable<FeedSchedule> all, CancellationToken cancellationToken)
    {
        var states = await store.GetFeedStatesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var overdue = changed.Where(c => c.Value.IsOverdue(states.GetValueOrDefault(c.Key), now))
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var catchUpWithin = CatchUpWindow.For(overdue.Count, all);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var (name, schedule) in changed)
        {
            var job = JobBuilder.Create<PollFeedJob>().WithIdentity(name, Group).Build();
            jobs[job] = schedule.TriggersFor(name, overdue.Contains(name), now, catchUpWithin);
        }
        await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken);
        foreach (var (name, schedule) in changed)
        {
            LogScheduled(name, _applied.ContainsKey(name) ? "rescheduled" : "scheduled", schedule);
            _applied[name] = schedule;
        }
    }

    private void OnSettingsChanged(NewsBotSettings changed) => _ = RetryUntilDoneAsync(() => ApplyAsync(_stopping.Token));

    private async Task RetryUntilDoneAsync(Func<Task> work)
    {
        while (!_stopping.IsCancellationRequested && !await _faults.RunAsync(work, _stopping.Token))
        {
            // RunAsync has logged the failure (once per episode) and waited its backoff.
        }
    }

    // One line per feed at Debug: with thousands of feeds the summary below is what an operator reads.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} {Action}: {Schedule}")]
    private partial void LogScheduled(string feed, string action, FeedSchedule schedule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule applied: {Added} feeds added, {Rescheduled} rescheduled, {Removed} removed, {Unchanged} unchanged")]
    private partial void LogApplied(int added, int rescheduled, int removed, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} removed from the schedule")]
    private partial void LogRemoved(string feed);
}
