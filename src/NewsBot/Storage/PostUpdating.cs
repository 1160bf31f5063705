using NewsBot.Core.Settings;

namespace NewsBot.Storage;

/// <summary>
/// How a channel treats a posted story that comes back changed (its Updates setting), and how long after its
/// publication a post is still compared: the channel's grouping window.
/// </summary>
public sealed record PostUpdating(StoryUpdates Mode, TimeSpan Window);
