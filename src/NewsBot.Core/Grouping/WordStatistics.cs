namespace NewsBot.Core.Grouping;

/// <summary>
/// How rare each word is among the headlines the bot has seen, so that sharing "Flappy" says more than sharing
/// "update". Learnt as it goes; words that run through every kind of story start out (and stay) common. Counts halve
/// every <see cref="HalfLife"/> reports, so the figures follow the news of the day and memory stays bounded.
/// Thread-safe: every feed of an instance teaches the same statistics.
/// </summary>
public sealed class WordStatistics
{
    /// <summary>Reports assumed seen before the first, so the first headlines do not all look unique.</summary>
    public const int PriorReports = 200;

    /// <summary>A word in fewer than this share of reports is distinctive enough to tie two reports together.</summary>
    public const double DistinctiveShare = 0.25;

    private const double CommonShare = 0.3;
    private const int HalfLife = 100_000;

    private static readonly HashSet<string> Common = HeadlineWords.Content(string.Join(' ', CommonHeadlineWords.Words)).ToHashSet(StringComparer.Ordinal);
    private static readonly double DistinctiveWeight = -Math.Log(DistinctiveShare);

    private readonly Dictionary<string, double> _reports = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private double _seen;

    /// <summary>Counts one report's content words.</summary>
    public void Observe(GroupingItem item) => Observe(ReportSignature.Of(item).Words);

    /// <summary>Counts one report's content words.</summary>
    public void Observe(IEnumerable<string> words)
    {
        lock (_lock)
        {
            foreach (var word in words)
            {
                _reports[word] = _reports.GetValueOrDefault(word) + 1;
            }
            if (++_seen >= HalfLife * 2)
            {
                Halve();
            }
        }
    }

    /// <summary>The word's weight: the log of how many reports there are per report carrying it.</summary>
    public double Weight(string word)
    {
        lock (_lock)
        {
            var all = _seen + PriorReports;
            var carrying = _reports.GetValueOrDefault(word);
            if (Common.Contains(word))
            {
                carrying = Math.Max(carrying, all * CommonShare);
            }
            return Math.Log((all + 1) / (carrying + 1));
        }
    }

    /// <summary>Whether the word is rare enough that sharing it is evidence of one story.</summary>
    public bool IsDistinctive(string word) => Weight(word) >= DistinctiveWeight;

    private void Halve()
    {
        _seen /= 2;
        foreach (var word in _reports.Keys.ToList())
        {
            var halved = _reports[word] / 2;
            if (halved < 1)
            {
                _reports.Remove(word);
            }
            else
            {
                _reports[word] = halved;
            }
        }
    }
}
