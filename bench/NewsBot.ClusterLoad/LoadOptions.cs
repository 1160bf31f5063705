using System.Globalization;

namespace NewsBot.ClusterLoad;

/// <summary>The harness's command line: <c>--key value</c> pairs over these defaults.</summary>
public sealed record LoadOptions
{
    /// <summary>How many feeds (jobs) are scheduled.</summary>
    public int Feeds { get; init; } = 100_000;

    /// <summary>How often each feed is due.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The instance counts to measure, one run each, e.g. "1,2,4".</summary>
    public IReadOnlyList<int> Instances { get; init; } = [1, 2, 4];

    /// <summary>How long fires are counted, after the warm-up.</summary>
    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);

    // Quartz's own knobs: quartz.threadPool.maxConcurrency (in claims mode: the polls in flight per instance),
    // quartz.scheduler.batchTriggerAcquisitionMaxCount (0: Quartz's automatic choice),
    // quartz.jobStore.acquireTriggersWithinLock, quartz.jobStore.misfireThreshold.
    public int Threads { get; init; } = 10;
    public int Batch { get; init; }
    public bool WithinLock { get; init; }
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Jobs that may run beside themselves, unlike the bot's PollFeedJob ([DisallowConcurrentExecution]), which
    /// makes every firing round take the cluster's TRIGGER_ACCESS row lock.
    /// </summary>
    public bool Concurrent { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--feeds" => options with { Feeds = Int(value) },
                "--interval" => options with { Interval = TimeSpan.Parse(value, CultureInfo.InvariantCulture) },
                "--instances" => options with { Instances = value.Split(',').Select(Int).ToList() },
                "--measure" => options with { Measure = TimeSpan.FromSeconds(Int(value)) },
                "--warm-up" => options with { WarmUp = TimeSpan.FromSeconds(Int(value)) },
                "--threads" => options with { Threads = Int(value) },
                "--batch" => options with { Batch = Int(value) },
                "--within-lock" => options with { WithinLock = bool.Parse(value) },
                "--misfire-threshold" => options with { MisfireThreshold = TimeSpan.FromSeconds(Int(value)) },
                "--concurrent" => options with { Concurrent = bool.Parse(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    /// <summary>The options again as arguments, for a worker process.</summary>
    public IEnumerable<string> ToArguments() =>
    [
        "--feeds", Str(Feeds), "--interval", Interval.ToString("c"), "--measure", Str((int)Measure.TotalSeconds),
        "--warm-up", Str((int)WarmUp.TotalSeconds), "--threads", Str(Threads), "--batch", Str(Batch),
        "--within-lock", WithinLock.ToString(), "--misfire-threshold", Str((int)MisfireThreshold.TotalSeconds),
        "--concurrent", Concurrent.ToString(),
    ];

    public override string ToString() =>
        $"threads {Threads}, batch {(Batch == 0 ? "auto" : Str(Batch))}, acquireTriggersWithinLock {WithinLock}, " +
        $"misfireThreshold {MisfireThreshold.TotalSeconds:0} s, {(Concurrent ? "concurrent jobs" : "[DisallowConcurrentExecution] jobs")}";

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
