using NewsBot.Core.Grouping;

namespace NewsBot.Storage;

/// <summary>
/// How a post is grouped with its channel's other reports: the report, its source's name for credits, the
/// channel's method, and the word statistics the instance learns from every report.
/// </summary>
public sealed record PostGrouping(GroupingItem Item, string Source, GroupingOptions Options, WordStatistics Statistics);
