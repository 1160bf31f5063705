namespace NewsBot.Core.Grouping;

/// <summary>
/// The open groups, findable by a member's canonical link, normalized headline or any content word, so a report is
/// compared only with reports that share something with it, never with everything in the window.
/// </summary>
internal sealed class GroupIndex
{
    private readonly Dictionary<string, StoryGroup> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryGroup> _byLink = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryGroup> _byHeadline = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GroupedReport>> _byWord = new(StringComparer.Ordinal);
    private readonly PriorityQueue<StoryGroup, (DateTimeOffset, long)> _byOpening = new();
    private long _opened;

    public StoryGroup? Group(string id) => _byId.GetValueOrDefault(id);

    public StoryGroup Open(string id, DateTimeOffset opened)
    {
        var group = new StoryGroup(id, opened, _opened++);
        _byId[id] = group;
        _byOpening.Enqueue(group, (opened, group.Order));
        return group;
    }

    public void Add(StoryGroup group, ReportSignature report)
    {
        group.Members.Add(report);
        if (report.Link is { } link)
        {
            _byLink.TryAdd(link, group);
        }
        _byHeadline.TryAdd(report.Headline, group);
        foreach (var word in report.Words)
        {
            if (!_byWord.TryGetValue(word, out var reports))
            {
                _byWord[word] = reports = [];
            }
            reports.Add(new(group, report));
        }
    }

    public StoryGroup? WithLink(string? link) => link is null ? null : _byLink.GetValueOrDefault(link);

    public StoryGroup? WithHeadline(string headline) => _byHeadline.GetValueOrDefault(headline);

    /// <summary>The reports of open groups that carry the word.</summary>
    public IReadOnlyList<GroupedReport> Carrying(string word)
    {
        if (!_byWord.TryGetValue(word, out var reports))
        {
            return [];
        }
        reports.RemoveAll(r => r.Group.Closed);
        if (reports.Count == 0)
        {
            _byWord.Remove(word);
        }
        return reports;
    }

    /// <summary>Closes every group opened before the time, and returns them; their words are dropped lazily, on the next look-up.</summary>
    public IReadOnlyList<StoryGroup> CloseBefore(DateTimeOffset time)
    {
        var closed = new List<StoryGroup>();
        while (_byOpening.TryPeek(out var group, out var opening) && opening.Item1 < time)
        {
            _byOpening.Dequeue();
            closed.Add(group);
            group.Closed = true;
            _byId.Remove(group.Id);
            foreach (var report in group.Members)
            {
                RemoveIfOwned(_byLink, report.Link, group);
                RemoveIfOwned(_byHeadline, report.Headline, group);
            }
        }
        return closed;
    }

    private static void RemoveIfOwned(Dictionary<string, StoryGroup> index, string? key, StoryGroup group)
    {
        if (key is not null && index.TryGetValue(key, out var owner) && ReferenceEquals(owner, group))
        {
            index.Remove(key);
        }
    }
}
