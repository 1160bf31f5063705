using System.Data.Common;
using NewsBot.Monitoring;

namespace NewsBot.Hosting;

/// <summary>
/// The faults of one long-running loop, counted in episodes: from a first failure to the next success. The first
/// failure is logged (with its exception), the ones after it are not, and the success says how long it lasted; so
/// a database away for a minute makes two log lines, not one a second. Between tries the loop waits a bounded
/// exponential backoff. Database errors are also reported to <see cref="StorageHealth"/> for /readyz.
/// </summary>
public sealed partial class FaultEpisode(string loop, ILogger logger, StorageHealth storage, TimeProvider time)
{
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    /// <summary>Short enough that a loop notices storage is back within seconds; long enough to be no load.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private DateTimeOffset? _since;
    private int _failures;

    /// <summary>Runs one step of the loop; true when it succeeded. A failure is recorded, not thrown; a stop is neither.</summary>
    public async Task<bool> TryAsync(Func<Task> step, CancellationToken stoppingToken)
    {
        try
        {
            await step();
            Succeeded();
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            Failed(e);
            return false;
        }
    }

    /// <summary>Runs one step; after a failure, waits the backoff before returning.</summary>
    public async Task<bool> RunAsync(Func<Task> step, CancellationToken stoppingToken)
    {
        if (await TryAsync(step, stoppingToken))
        {
            return true;
        }
        await WaitAsync(Backoff, stoppingToken);
        return false;
    }

    /// <summary>How long to wait after the failures so far: 1, 2, 4 … seconds, at most <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff
    {
        get
        {
            lock (_lock)
            {
                var doublings = Math.Clamp(_failures - 1, 0, 10);
                return TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << doublings));
            }
        }
    }

    /// <summary>Records a failure; only the first of an episode is logged.</summary>
    public void Failed(Exception exception)
    {
        if (exception is DbException)
        {
            storage.Failed(loop, exception.Message);
        }
        lock (_lock)
        {
            _failures++;
            if (_since is not null)
            {
                return;
            }
            _since = time.GetUtcNow();
        }
        LogFailing(logger, exception, loop, exception.Message);
    }

    /// <summary>Records a success; the first after failures ends the episode, with one line saying so.</summary>
    public void Succeeded()
    {
        DateTimeOffset since;
        int failures;
        lock (_lock)
        {
            if (_since is not { } start)
            {
                return;
            }
            (since, failures) = (start, _failures);
            (_since, _failures) = (null, 0);
        }
        storage.Recovered(loop);
        var seconds = (time.GetUtcNow() - since).TotalSeconds;
        LogRecovered(logger, loop, seconds, failures);
    }

    /// <summary>Waits, or returns early when stopping.</summary>
    public async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Loop} failed: {Reason}; trying again, quiet until it works again")]
    private static partial void LogFailing(ILogger logger, Exception exception, string loop, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Loop} works again after {Seconds:0} s ({Failures} failed tries)")]
    private static partial void LogRecovered(ILogger logger, string loop, double seconds, int failures);
}
