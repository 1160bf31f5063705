using NewsBot.Core.Settings;

namespace NewsBot.Core.Grouping;

/// <summary>The grouping method's settings; the defaults are what a channel uses and what the group verb measures.</summary>
public sealed record GroupingOptions
{
    /// <summary>A report joins only a group opened this close to it in time.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The weighted Dice similarity a report needs with some member of a group to join it (see README, Grouping).</summary>
    public double Threshold { get; init; } = 0.45;

    /// <summary>Distinctive words two reports must share, so two generic headlines never tie stories together.</summary>
    public int SharedDistinctiveWords { get; init; } = 2;

    /// <summary>The method with a channel's settings.</summary>
    public static GroupingOptions For(ChannelSettings channel) => new() { Window = channel.GroupingWindow };
}
