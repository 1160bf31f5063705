using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>
/// How a post is grouped with its channel's other reports: the report, its source's name for credits, and the
/// channel's method.
/// </summary>
public sealed record PostGrouping(GroupingItem Item, string Source, GroupingOptions Options);
