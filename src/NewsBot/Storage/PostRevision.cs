using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A story of a channel's feed as it reads now, to compare with the post it made (its key's, or else its link's).</summary>
public sealed record PostRevision(string Channel, string StoryKey, PostDraft Draft, DateTimeOffset Published, PostUpdating Updating);
