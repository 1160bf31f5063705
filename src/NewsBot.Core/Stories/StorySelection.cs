namespace NewsBot.Core.Stories;

/// <summary>What one poll does with a feed's stories: which to record as seen, and which of those to post.</summary>
public sealed record StorySelection(IReadOnlyList<Story> NewlySeen, IReadOnlyList<Story> ToPost)
{
    /// <summary>
    /// Picks the stories of a poll. On a feed's first poll (the baseline) everything is recorded as seen and only
    /// the newest <paramref name="firstRunPostLatest"/> are posted, so adding a feed never floods a channel.
    /// Stories older than <paramref name="maxAge"/> are recorded but never posted.
    /// </summary>
    /// <param name="stories">The feed's stories, oldest first.</param>
    /// <param name="alreadySeen">Keys recorded by earlier polls.</param>
    public static StorySelection Select(
        IReadOnlyList<Story> stories,
        IReadOnlySet<string> alreadySeen,
        bool isBaseline,
        int firstRunPostLatest,
        TimeSpan maxAge,
        DateTimeOffset now)
    {
        var fresh = stories.Where(s => !alreadySeen.Contains(s.Key)).DistinctBy(s => s.Key).ToList();
        var recent = fresh.Where(s => now - s.Published <= maxAge);
        var toPost = isBaseline ? recent.TakeLast(firstRunPostLatest) : recent;
        return new StorySelection(fresh, toPost.ToList());
    }
}
