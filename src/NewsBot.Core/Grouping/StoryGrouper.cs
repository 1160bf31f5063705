namespace NewsBot.Core.Grouping;

/// <summary>
/// Assigns each report to the open group of its story, or opens one: by canonical link, then by identical normalized
/// headline, then by the best weighted Dice similarity with any member of a group opened within the window. Words
/// are weighed by statistics of the reports it holds, and of nothing else, so two groupers holding the same
/// reports (two instances, or one before and after a restart, reading one channel's stored reports) decide alike.
/// Deterministic: the same reports in the same order give the same groups. Not thread-safe; one per channel.
/// </summary>
public sealed class StoryGrouper(GroupingOptions options)
{
    private readonly GroupIndex _index = new();
    private readonly WordStatistics _statistics = new();

    /// <summary>Finds the report's group and records it there (or opens its own).</summary>
    public GroupMatch Assign(GroupingItem item)
    {
        var report = ReportSignature.Of(item);
        var match = Find(item.Id, report, item.Published);
        Add(match.GroupId, report, item.Published);
        return match;
    }

    /// <summary>The group the report would join, recording nothing.</summary>
    public GroupMatch Find(GroupingItem item) => Find(item.Id, ReportSignature.Of(item), item.Published);

    /// <summary>Records a report already known to belong to a group (opening it when unknown): the state kept in storage.</summary>
    public void Add(string groupId, GroupingItem item) => Add(groupId, ReportSignature.Of(item), item.Published);

    private GroupMatch Find(string id, ReportSignature report, DateTimeOffset at)
    {
        foreach (var closed in _index.CloseBefore(at - options.Window))
        {
            closed.Members.ForEach(m => _statistics.Forget(m.Words));
        }
        if (Open(_index.WithLink(report.Link), at) is { } sameLink)
        {
            return new(sameLink.Id, GroupingSignal.Link, 1);
        }
        if (Distinctive(report.Words) >= options.SharedDistinctiveWords && Open(_index.WithHeadline(report.Headline), at) is { } sameHeadline)
        {
            return new(sameHeadline.Id, GroupingSignal.Headline, 1);
        }
        return MostSimilar(report, at) is { } similar ? new(similar.Group.Id, GroupingSignal.Similar, similar.Score) : new(id, GroupingSignal.Opened, 0);
    }

    private (StoryGroup Group, double Score)? MostSimilar(ReportSignature report, DateTimeOffset at)
    {
        (StoryGroup? Group, double Score) best = (null, 0);
        foreach (var candidate in Candidates(report))
        {
            if (Open(candidate.Group, at) is null || Distinctive(candidate.Report.Words.Intersect(report.Words)) < options.SharedDistinctiveWords)
            {
                continue;
            }
            var score = WeightedDice.Of(report.Words, candidate.Report.Words, _statistics);
            if (score >= options.Threshold && (score > best.Score || (score == best.Score && candidate.Group.Order < best.Group!.Order)))
            {
                best = (candidate.Group, score);
            }
        }
        return best.Group is null ? null : (best.Group, best.Score);
    }

    /// <summary>
    /// Reports sharing one of the item's rarest words: enough of them that a report sharing none of those could not
    /// reach the threshold (it needs to share at least Threshold/2 of the item's weight), so nothing is missed.
    /// </summary>
    private HashSet<GroupedReport> Candidates(ReportSignature report)
    {
        var weights = report.Words.Select(w => (Word: w, Weight: _statistics.Weight(w)))
            .OrderByDescending(w => w.Weight).ThenBy(w => w.Word, StringComparer.Ordinal).ToList();
        var remaining = weights.Sum(w => w.Weight);
        var needed = options.Threshold * remaining / 2;
        var candidates = new HashSet<GroupedReport>();
        foreach (var (word, weight) in weights)
        {
            if (remaining < needed)
            {
                break;
            }
            candidates.UnionWith(_index.Carrying(word));
            remaining -= weight;
        }
        return candidates;
    }

    private StoryGroup? Open(StoryGroup? group, DateTimeOffset at) =>
        group is { Closed: false } && (group.Opened - at).Duration() <= options.Window ? group : null;

    private int Distinctive(IEnumerable<string> words) => words.Count(_statistics.IsDistinctive);

    private void Add(string groupId, ReportSignature report, DateTimeOffset at)
    {
        _index.Add(_index.Group(groupId) ?? _index.Open(groupId, at), report);
        _statistics.Observe(report.Words);
    }
}
