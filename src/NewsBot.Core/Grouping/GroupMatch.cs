namespace NewsBot.Core.Grouping;

/// <summary>The group a report belongs to (its opener's id), by which signal, and how similar it was (1 for link or headline).</summary>
public sealed record GroupMatch(string GroupId, GroupingSignal Signal, double Score)
{
    public bool Joined => Signal != GroupingSignal.Opened;
}
