namespace NewsBot.Core.Stories;

/// <summary>What earlier polls of a feed recorded, as far as <see cref="PostingRule"/> needs to know.</summary>
/// <param name="BaselineDone">False until the feed's first poll is recorded.</param>
/// <param name="Seen">The keys of the poll's stories that earlier polls recorded.</param>
public sealed record FeedHistory(bool BaselineDone, IReadOnlySet<string> Seen)
{
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    /// <summary>A feed never polled: its next poll is the first.</summary>
    public static readonly FeedHistory FirstPoll = new(false, Nothing);

    /// <summary>A feed past its first poll that has seen none of the stories: each is judged as new.</summary>
    public static readonly FeedHistory AllNew = new(true, Nothing);
}
