namespace NewsBot.Core.Stories;

/// <summary>Why a story is posted or not, as <see cref="PostingRule"/> decides.</summary>
public enum PostingReason
{
    /// <summary>Posted (to the channel, or to every channel whose filters allow it).</summary>
    Post,

    /// <summary>An earlier poll of the feed recorded it.</summary>
    AlreadySeen,

    /// <summary>Recorded by the feed's first poll, which posts only its newest FirstRunPostLatest.</summary>
    FirstPollBaseline,

    /// <summary>Published longer than MaxAge before it was judged.</summary>
    TooOld,

    /// <summary>The feed's or the channel's filter refuses it.</summary>
    Filtered,
}
