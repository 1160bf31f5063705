namespace NewsBot.Storage;

/// <summary>
/// The statements behind <see cref="SqlStoryStore"/> that differ between dialects, with the parameters each gets
/// (times are Unix milliseconds).
/// </summary>
/// <param name="SelectSeenKeys">@feed and @keys (a string array); returns the keys recorded.</param>
/// <param name="InsertSeenStory">@Feed, @Key, @At, @Published, @Title, @Link; keeps an existing row.</param>
/// <param name="InsertPost">@Channel, @StoryKey, @Feed, @Priority, @Payload, @Fields, @Published, @At; keeps an existing (channel, story).</param>
/// <param name="SavePolledFeed">@feed, @ETag, @LastModified, @BodyHash, @at: a successful poll, baseline done.</param>
/// <param name="SaveFailedPoll">@feed, @reason, @at; returns the failures in a row.</param>
/// <param name="LockChannelGroups">@channel; holds the channel's grouping and post revisions until the transaction ends (null where one instance writes at a time).</param>
public sealed record StoryStoreSql(
    string SelectSeenKeys,
    string InsertSeenStory,
    string InsertPost,
    string SavePolledFeed,
    string SaveFailedPoll,
    string? LockChannelGroups = null);
