namespace NewsBot.Storage;

/// <summary>
/// The statements behind <see cref="SqlStoryStore"/> in one provider's dialect, with the parameters each gets
/// (times are Unix milliseconds).
/// </summary>
/// <param name="SelectFeedState">@feed; returns a feed_state row with columns named as <see cref="FeedStateRow"/>'s properties.</param>
/// <param name="SelectSeenKeys">@feed and @keys (a string array); returns the keys recorded.</param>
/// <param name="InsertSeenStory">@Feed, @Key, @At, @Published, @Title, @Link; keeps an existing row.</param>
/// <param name="InsertPost">@Channel, @StoryKey, @Feed, @Priority, @Payload, @Published, @At; keeps an existing (channel, story).</param>
/// <param name="SavePolledFeed">@feed, @ETag, @LastModified, @BodyHash, @at: a successful poll, baseline done.</param>
/// <param name="SaveUnchangedPoll">@feed, @at.</param>
/// <param name="SaveFailedPoll">@feed, @reason, @at; returns the failures in a row.</param>
public sealed record StoryStoreSql(
    string SelectFeedState,
    string SelectSeenKeys,
    string InsertSeenStory,
    string InsertPost,
    string SavePolledFeed,
    string SaveUnchangedPoll,
    string SaveFailedPoll);
