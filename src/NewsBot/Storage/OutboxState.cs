namespace NewsBot.Storage;

/// <summary>Where a post stands in the outbox; <see cref="OutboxStates"/> maps each to the text stored in outbox.status.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent (the head of its channel's queue is being tried).</summary>
    Queued,

    /// <summary>Telegram accepted it.</summary>
    Sent,

    /// <summary>Telegram refused it in every form; set aside.</summary>
    Failed,

    /// <summary>Combined into another post of the channel, a digest of headlines.</summary>
    Digested,

    /// <summary>An edit of credits that a later edit of the same post, with more credits, replaced before it was sent.</summary>
    Coalesced,
}
