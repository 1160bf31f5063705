using System.Runtime.CompilerServices;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Hosting;

namespace NewsBot.Polling;

/// <summary>Each feed's <see cref="PostingRule"/> under the current settings.</summary>
public sealed class PostingRules(CurrentSettings settings)
{
    // A rule compiles its filters' regexes: built once per feed settings, dropped with them on reload.
    private readonly ConditionalWeakTable<FeedSettings, PostingRule> _rules = new();

    public PostingRule For(FeedSettings feed) => _rules.GetValue(feed, f => new PostingRule(f, settings.Value.Channels));
}
