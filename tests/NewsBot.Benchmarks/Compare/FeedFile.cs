namespace NewsBot.Benchmarks.Compare;

/// <summary>A corpus file held in memory, named relative to the folder walked ('/'-separated).</summary>
public sealed record FeedFile(string Relative, byte[] Data);
