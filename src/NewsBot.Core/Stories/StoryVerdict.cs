namespace NewsBot.Core.Stories;

/// <summary>
/// The verdict on one story of a poll: <see cref="Verdict"/> for the story as a whole, and, when that is
/// <see cref="PostingVerdict.Post"/>, one verdict per channel of the feed (its filters); otherwise no channels.
/// </summary>
public sealed record StoryVerdict(Story Story, PostingVerdict Verdict, IReadOnlyList<ChannelVerdict> Channels)
{
    /// <summary>Not recorded by an earlier poll: this poll records it as seen.</summary>
    public bool IsNew => Verdict.Reason != PostingReason.AlreadySeen;

    /// <summary>The channels the story is posted to.</summary>
    public IEnumerable<string> PostsTo => Channels.Where(c => c.Verdict.Posts).Select(c => c.Channel);
}
