namespace NewsBot.Core.Stories;

/// <summary>Whether a story is posted and, if not, why: typed for code, <paramref name="Text"/> for people.</summary>
public sealed record PostingVerdict(PostingReason Reason, string Text)
{
    public static readonly PostingVerdict Post = new(PostingReason.Post, "posted");

    public static readonly PostingVerdict AlreadySeen = new(PostingReason.AlreadySeen, "already seen by an earlier poll");

    public bool Posts => Reason == PostingReason.Post;
}
