namespace NewsBot.Core.Stories;

/// <summary>The verdict on a story for one channel of its feed.</summary>
public sealed record ChannelVerdict(string Channel, PostingVerdict Verdict);
