using System.Collections.Concurrent;
using NewsBot.Core.Feeds.Scraping;

namespace NewsBot.Polling;

/// <summary>
/// Warns when a Scrape or Json rule matches nothing, once per episode (until it matches again): a redesigned page
/// must not go silent unnoticed, nor flood the log at every poll.
/// </summary>
public sealed partial class RuleMisses(ILogger<RuleMisses> logger)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _missing = new();

    public void Report(string feed, IReadOnlyList<RuleMatch> matches)
    {
        var missing = matches.Where(m => m.MatchedNothing).ToList();
        var before = _missing.GetValueOrDefault(feed) ?? [];
        foreach (var miss in missing.Where(m => !before.Contains(m.Key)))
        {
            LogMiss(feed, miss.Key, miss.Rule);
        }
        _missing[feed] = missing.Select(m => m.Key).ToHashSet();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: rule {Key} '{Rule}' matched nothing; has the page changed? (told once until it matches again)")]
    private partial void LogMiss(string feed, string key, string rule);
}
