namespace NewsBot.Core.Grouping;

/// <summary>One post's story: the reports it holds, its opener first.</summary>
public sealed class StoryGroup(string id, DateTimeOffset opened, long order)
{
    public string Id { get; } = id;
    public DateTimeOffset Opened { get; } = opened;

    /// <summary>Opening order, to break ties the same way every time.</summary>
    public long Order { get; } = order;

    public List<ReportSignature> Members { get; } = [];

    /// <summary>Out of the window: no report joins it any more.</summary>
    public bool Closed { get; set; }
}
