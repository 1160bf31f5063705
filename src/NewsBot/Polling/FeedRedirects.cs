using System.Collections.Concurrent;
using NewsBot.Core.Settings;

namespace NewsBot.Polling;

/// <summary>
/// Feeds that moved permanently (every redirect 301/308): polled at their new address from then on, until the
/// settings name another URL for them.
/// </summary>
public sealed class FeedRedirects
{
    private readonly ConcurrentDictionary<string, Move> _moves = new();

    public string UrlOf(FeedSettings feed) =>
        _moves.TryGetValue(feed.Name, out var move) && move.From == feed.Url ? move.To : feed.Url;

    /// <summary>Records a move; true when it is news, so that it is logged once.</summary>
    public bool Record(FeedSettings feed, Uri movedTo)
    {
        var move = new Move(feed.Url, movedTo.AbsoluteUri);
        var previous = _moves.GetValueOrDefault(feed.Name);
        _moves[feed.Name] = move;
        return previous != move;
    }

    private sealed record Move(string From, string To);
}
