namespace NewsBot.Core.Settings;

/// <summary>What a channel does when a posted story comes back with a changed headline or lead.</summary>
public enum StoryUpdates
{
    /// <summary>Edit the post in place, with an "Updated HH:MM" mark.</summary>
    Edit,

    /// <summary>Leave the post as it is.</summary>
    Ignore,

    /// <summary>Send the new version as a reply to the first post, so that every correction notifies.</summary>
    Post,
}
