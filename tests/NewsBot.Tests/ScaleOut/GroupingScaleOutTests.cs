using NewsBot.Testing.Postgres;
using NewsBot.Tests.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.ScaleOut;

/// <summary>Two NewsBot processes on one PostgreSQL database group one story from three feeds into one post between them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GroupingScaleOutTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);
    private BotCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await BotCluster.StartAsync(server);

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_instances_make_one_post_of_one_story_from_three_feeds()
    {
        foreach (var feed in OneStory.Feeds)
        {
            _cluster.Feeds.Serve($"{feed}.xml", OneStory.Before(feed));
        }
        var config = _cluster.WriteSettings(OneStory.Feeds, messagesPerMinute: 20, messagesPerSecond: 1, grouping: true);
        var first = _cluster.Start(config);
        _cluster.Start(config);
        await _cluster.WaitForPollsAsync(first, OneStory.Feeds, times: 2);

        foreach (var feed in OneStory.Feeds)
        {
            _cluster.Feeds.Serve($"{feed}.xml", OneStory.Reporting(feed));
        }
        await first.WaitUntilAsync(
            () => _cluster.Headlines().Contains(OneStory.Unrelated) && _cluster.Bot.Messages.Any(OneStory.CreditsTheOthers),
            Patience, "the post with both credits");
        await _cluster.WaitForPollsAsync(first, OneStory.Feeds, times: 2);

        Assert.Equal(2, _cluster.Bot.Messages.Count);
        Assert.Single(_cluster.Headlines(), h => h.Contains("Bank", StringComparison.Ordinal));
        Assert.InRange(_cluster.Bot.Edits.Count, 0, 2);
        Assert.Equal(0, _cluster.Bot.FloodRejections);
    }
}
