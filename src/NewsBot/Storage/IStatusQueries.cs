namespace NewsBot.Storage;

/// <summary>The read-only questions the status page asks of storage.</summary>
public interface IStatusQueries
{
    /// <summary>Stories first seen since <paramref name="since"/>, per feed.</summary>
    Task<IReadOnlyDictionary<string, long>> StoriesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Posts sent since <paramref name="since"/>, per channel.</summary>
    Task<IReadOnlyDictionary<string, long>> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The last posts sent (edits are not posts), newest first, each as its last accepted edit left it.</summary>
    Task<IReadOnlyList<SentPost>> LastPostsAsync(int count, CancellationToken cancellationToken);

    /// <summary>Every post sent since <paramref name="since"/> (for the freshness chart; edits are not posts), payload left out.</summary>
    Task<IReadOnlyList<SentPost>> SentPostsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The feed's newest stories, each with its outbox rows (one trace per channel), newest first.</summary>
    Task<IReadOnlyList<StoryTrace>> RecentStoriesAsync(string feed, int count, CancellationToken cancellationToken);
}
