namespace NewsBot.Storage;

/// <summary>Why Telegram will take no more edits of a sent post: outbox.edits_end.</summary>
public enum EditsEnd
{
    /// <summary>The message is gone (an admin deleted it, or it was never sent): its post is left alone from now on.</summary>
    Gone,

    /// <summary>Telegram no longer edits the message (too old, or another reason): changes go out as replies to it.</summary>
    Closed,
}
