namespace NewsBot.Storage;

public sealed record PinnedPost(string Channel, long MessageId);
