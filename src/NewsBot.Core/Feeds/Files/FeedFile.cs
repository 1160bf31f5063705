namespace NewsBot.Core.Feeds.Files;

/// <summary>A feed file on disk and the name it is reported under ('/'-separated, relative to the folder given).</summary>
public readonly record struct FeedFile(string Path, string Relative);
