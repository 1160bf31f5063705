namespace NewsBot.Core.Scheduling;

/// <summary>One poll of a feed as adaptive polling reads it: when, and how many new stories it found.</summary>
public readonly record struct PollSample(DateTimeOffset At, int NewStories);
