namespace NewsBot.Storage;

/// <summary>The pauses in force: every feed at once (/pause without a name), and the feeds paused by name.</summary>
public sealed record FeedPauseState(bool All, IReadOnlySet<string> Feeds)
{
    public bool IsPaused(string feed) => All || Feeds.Contains(feed);
}
