namespace NewsBot.Core.Grouping;

/// <summary>A report and the group it belongs to, as the word index lists them.</summary>
internal sealed record GroupedReport(StoryGroup Group, ReportSignature Report);
