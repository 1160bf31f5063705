namespace NewsBot.Core.Feeds.Scraping;

/// <summary>How many of a page's items one scrape or JSON rule found a value in: what preview shows, and what warns of a redesign.</summary>
public sealed record RuleMatch(string Key, string Rule, int Matched, int Items)
{
    public bool MatchedNothing => Matched == 0;

    public override string ToString() => $"{Key} '{Rule}': {(Key.EndsWith("Item", StringComparison.Ordinal) || Key.EndsWith("Items", StringComparison.Ordinal) ? $"{Matched} items" : $"{Matched} of {Items} items")}";
}
