using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Tests.Support;

/// <summary>
/// A fake clock that counts the timers asked of it, so that a test can wait until a loop has started its wait before
/// moving the clock: moved earlier, the wait would begin after the move and run its full length.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timers;

    /// <summary>Timers created so far: a Task.Delay on this clock makes one.</summary>
    public int TimersCreated => Volatile.Read(ref _timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        return timer;
    }
}
