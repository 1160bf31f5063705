namespace NewsBot.Dashboard;

/// <summary>One recent story of a feed and what became of it in a channel, in the words of /why.</summary>
public sealed record StoryVerdictRow(string Title, string? Link, DateTimeOffset FirstSeen, string Verdict);
