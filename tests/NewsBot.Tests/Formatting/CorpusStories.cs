using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;
using NewsBot.Testing;

namespace NewsBot.Tests.Formatting;

/// <summary>Every item of every corpus feed as a story, as a poll would make it (the feed's boilerplate learnt from its items).</summary>
internal static class CorpusStories
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <param name="folder">A folder below the corpus, or the whole corpus.</param>
    public static IEnumerable<(string File, Story Story)> All(string folder = "")
    {
        var files = Directory.EnumerateFiles(Path.Combine(CorpusFiles.Directory, folder), "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetExtension(f) is not (".md" or ".tsv" or ".jsonl" or ".txt" or ".py" or ".gz"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ParsedFeed feed;
            try
            {
                feed = FeedParser.Parse(File.ReadAllBytes(file), new FeedParseOptions { BaseUri = new Uri("https://feed.example/rss") });
            }
            catch (FeedFormatException)
            {
                continue;
            }
            foreach (var story in StoryFactory.FromFeed("corpus", feed, Now))
            {
                yield return (Path.GetRelativePath(CorpusFiles.Directory, file), story);
            }
        }
    }
}
