namespace NewsBot.ClusterLoad;

/// <summary>The harness's first argument: what to measure, or (for the processes it starts itself) a worker's part.</summary>
public static class HarnessModes
{
    public const string Quartz = "quartz";
    public const string QuartzWorker = "quartz-worker";
    public const string Claims = "claims";
    public const string ClaimsWorker = "claims-worker";
}
