namespace NewsBot.Core.Formatting;

/// <summary>A later report of a post's story: who carried it, and where.</summary>
public sealed record Credit(string Source, string? Link);
