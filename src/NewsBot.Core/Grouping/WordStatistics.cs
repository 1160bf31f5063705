namespace NewsBot.Core.Grouping;

/// <summary>
/// How rare each word is among a set of reports, so that sharing "Flappy" says more than sharing "update": the
/// reports a <see cref="StoryGrouper"/> holds, counted when added and forgotten when their group leaves the window.
/// Words that run through every kind of story start out (and stay) common. Not thread-safe; one per grouper.
/// </summary>
public sealed class WordStatistics
{
    /// <summary>Reports assumed seen before the first, so the first headlines do not all look unique.</summary>
    public const int PriorReports = 200;

    /// <summary>A word in fewer than this share of reports is distinctive enough to tie two reports together.</summary>
    public const double DistinctiveShare = 0.25;

    private const double CommonShare = 0.3;

    private static readonly HashSet<string> Common = HeadlineWords.Content(string.Join(' ', CommonHeadlineWords.Words)).ToHashSet(StringComparer.Ordinal);
    private static readonly double DistinctiveWeight = -Math.Log(DistinctiveShare);

    private readonly Dictionary<string, int> _reports = new(StringComparer.Ordinal);
    private int _seen;

    /// <summary>Counts one report's content words.</summary>
    public void Observe(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _reports[word] = _reports.GetValueOrDefault(word) + 1;
        }
        _seen++;
    }

    /// <summary>Uncounts a report counted before.</summary>
    public void Forget(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (--_reports[word] == 0)
            {
                _reports.Remove(word);
            }
        }
        _seen--;
    }

    /// <summary>The word's weight: the log of how many reports there are per report carrying it.</summary>
    public double Weight(string word)
    {
        double all = _seen + PriorReports;
        double carrying = _reports.GetValueOrDefault(word);
        if (Common.Contains(word))
        {
            carrying = Math.Max(carrying, all * CommonShare);
        }
        return Math.Log((all + 1) / (carrying + 1));
    }

    /// <summary>Whether the word is rare enough that sharing it is evidence of one story.</summary>
    public bool IsDistinctive(string word) => Weight(word) >= DistinctiveWeight;
}
