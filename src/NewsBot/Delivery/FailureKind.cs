namespace NewsBot.Delivery;

/// <summary>What a failed send says about what to do next.</summary>
public enum FailureKind
{
    /// <summary>5xx, a timeout, a dropped connection: try the same post again later.</summary>
    Transient,

    /// <summary>The chat cannot take posts (not found, bot kicked or not an admin): pause the channel until it can.</summary>
    ChannelUnavailable,

    /// <summary>Telegram refuses this post itself, even in its plainest form.</summary>
    Rejected,

    /// <summary>An edit of a message that is gone (an admin deleted it, or it was never sent): edits of it end.</summary>
    MessageGone,

    /// <summary>An edit Telegram no longer makes ("message can't be edited": too old, or another reason): a reply instead.</summary>
    EditsClosed,
}
