using Quartz;

namespace NewsBot.Tests.Scheduling;

/// <summary>A scheduler listener that keeps which feeds' jobs were scheduled (added or rescheduled) and deleted, in order.</summary>
public sealed class ScheduleChanges : ISchedulerListener
{
    private readonly Lock _lock = new();
    private readonly List<string> _scheduled = [];
    private readonly List<string> _deleted = [];

    /// <summary>Each feed once, in the order first scheduled: a feed polled at once has a second trigger.</summary>
    public IReadOnlyList<string> Scheduled
    {
        get
        {
            lock (_lock)
            {
                return [.. _scheduled.Distinct()];
            }
        }
    }

    /// <summary>Each feed once: Quartz may tell of one deletion more than once.</summary>
    public IReadOnlyList<string> Deleted
    {
        get
        {
            lock (_lock)
            {
                return [.. _deleted.Distinct()];
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _scheduled.Clear();
            _deleted.Clear();
        }
    }

    public ValueTask JobScheduled(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default) =>
        Record(_scheduled, trigger.JobKey.Name);

    public ValueTask JobDeleted(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) =>
        Record(_deleted, jobKey.Name);

    private ValueTask Record(List<string> changes, string feed)
    {
        lock (_lock)
        {
            changes.Add(feed);
        }
        return ValueTask.CompletedTask;
    }
}
