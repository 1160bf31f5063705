using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>A post to be written to the outbox: one story for one channel.</summary>
public sealed record QueuedPost(string Channel, string StoryKey, string Feed, OutgoingPost Post, DateTimeOffset Published, int Priority = 0);
