namespace NewsBot.Core.Grouping;

/// <summary>Why a report joined a group, or that it opened one.</summary>
public enum GroupingSignal
{
    Opened,
    Link,
    Headline,
    Similar,
}
