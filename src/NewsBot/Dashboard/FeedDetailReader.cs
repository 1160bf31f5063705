using NewsBot.Admin;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>Reads a feed's detail: its row, its last polls, and its recent stories judged as /why judges them.</summary>
public sealed class FeedDetailReader(CurrentSettings settings, StatusReader status, IPollHistory history, IStatusQueries queries, TimeProvider time)
{
    public const int StoriesShown = 30;

    /// <summary>The feed's detail; null for a name no configured feed has.</summary>
    public async Task<FeedDetail?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        if (settings.Feed(name) is null)
        {
            return null;
        }
        var stories = await queries.RecentStoriesAsync(name, StoriesShown, cancellationToken);
        var verdicts = stories.Select(s => new StoryVerdictRow(
            s.Title, s.Link, DateTimeOffset.FromUnixTimeMilliseconds(s.FirstSeenAt), StoryExplainer.Verdict(s.Link ?? "", s, settings.Value))).ToList();
        return new FeedDetail(time.GetUtcNow(), await status.FeedRowAsync(name, cancellationToken), await history.RecentAsync(name, cancellationToken), verdicts);
    }
}
