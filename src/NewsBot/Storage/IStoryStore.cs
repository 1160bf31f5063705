namespace NewsBot.Storage;

/// <summary>What the bot has seen of each feed. All state lives behind this and <see cref="IOutbox"/>.</summary>
public interface IStoryStore
{
    /// <summary>Creates or upgrades the schema.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The feed's state; a fresh one for a feed never polled.</summary>
    Task<FeedState> GetFeedStateAsync(string feed, CancellationToken cancellationToken);

    /// <summary>Every polled feed's state in one query, by feed name (at start, instead of one query per feed).</summary>
    Task<IReadOnlyDictionary<string, FeedState>> GetFeedStatesAsync(CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="keys"/> earlier polls of the feed recorded.</summary>
    Task<IReadOnlySet<string>> FindSeenAsync(string feed, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Records a poll at once: the stories as seen, their posts in the outbox (a (channel, story) pair already
    /// queued is kept, not doubled), the validators, and the feed's baseline done. A grouped post joins the post of
    /// its story in the channel when there is one (crediting it) instead of being queued; those are returned.
    /// </summary>
    Task<IReadOnlyList<QueuedPost>> RecordPollAsync(PollRecord poll, CancellationToken cancellationToken);

    /// <summary>Records an unchanged poll (304, same body): the failure count resets.</summary>
    Task RecordUnchangedAsync(string feed, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed poll; returns the number of failures in a row.</summary>
    Task<int> RecordFailureAsync(string feed, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks a feed disabled since <paramref name="disabledAt"/>, or enabled again when it is null.</summary>
    Task SetDisabledAsync(string feed, DateTimeOffset? disabledAt, CancellationToken cancellationToken);

    /// <summary>Every feed's record of a story with this link, joined with its outbox rows (for /why).</summary>
    Task<IReadOnlyList<StoryTrace>> TraceLinkAsync(string link, CancellationToken cancellationToken);

    /// <summary>Records when the feed may next be polled (null: on its next turn), for every instance to honour.</summary>
    Task DeferPollsAsync(string feed, DateTimeOffset? notBefore, CancellationToken cancellationToken);
}
