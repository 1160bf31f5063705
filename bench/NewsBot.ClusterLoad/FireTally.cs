namespace NewsBot.ClusterLoad;

/// <summary>One worker's fires inside the measured window, each with how late it came after its scheduled time.</summary>
public sealed class FireTally(DateTimeOffset windowStart, DateTimeOffset windowEnd)
{
    /// <summary>The key under which a scheduler's context holds its tally.</summary>
    public const string Key = "tally";

    private readonly Lock _lock = new();
    private readonly List<double> _lateness = [];

    public void Record(DateTimeOffset scheduled, DateTimeOffset fired)
    {
        if (fired < windowStart || fired >= windowEnd)
        {
            return;
        }
        lock (_lock)
        {
            _lateness.Add((fired - scheduled).TotalSeconds);
        }
    }

    public WorkerResult Result(string instance)
    {
        lock (_lock)
        {
            return WorkerResult.Of(instance, _lateness, windowEnd - windowStart);
        }
    }
}
