namespace NewsBot.Core.Grouping;

/// <summary>What a report is compared by: its canonical link, its normalized headline and its content words.</summary>
public sealed record ReportSignature(string? Link, string Headline, IReadOnlySet<string> Words)
{
    /// <summary>Of a lead only its opening words count: enough to name who and where, not so many that a long lead drowns the headline.</summary>
    public const int LeadWords = 25;

    public static ReportSignature Of(GroupingItem item)
    {
        var words = HeadlineWords.Content(item.Title).ToHashSet(StringComparer.Ordinal);
        words.UnionWith(HeadlineWords.Content(string.Join(' ', HeadlineWords.All(item.Lead).Take(LeadWords))));
        return new(CanonicalLink.For(item.Link), HeadlineWords.Normalized(item.Title), words);
    }
}
