using NewsBot.Testing.Feeds;
using NewsBot.Testing.Postgres;
using NewsBot.Tests.Storage;
using Xunit.Abstractions;

namespace NewsBot.Tests.ScaleOut;

/// <summary>
/// Clustered mode's claimed polls through real processes on one PostgreSQL: every feed is polled, never by two
/// instances at once nor more than once a turn, and a killed instance's feeds are taken over.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedClaimsScaleOutTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Slow = ["slow-1", "slow-2", "slow-3", "slow-4"];
    private static readonly string[] Quick = ["quick-1", "quick-2", "quick-3", "quick-4", "quick-5", "quick-6"];
    private static readonly string[] AllFeeds = [.. Slow, .. Quick];
    private BotCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await BotCluster.StartAsync(server);

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Three_instances_poll_every_feed_one_at_a_time_and_once_a_turn()
    {
        // Answers slower than the 1 s interval: a second poll while one runs would show in the feed server.
        var config = ServeFeeds(slowAnswer: TimeSpan.FromSeconds(1.5));
        string[] feeds = AllFeeds;
        var instances = Enumerable.Range(0, 3).Select(_ => _cluster.Start(config)).ToList();
        await _cluster.WaitForPollsAsync(instances[0], feeds, times: 2);

        var before = feeds.ToDictionary(f => f, f => _cluster.Feeds.RequestCount($"{f}.xml"));
        var window = TimeSpan.FromSeconds(8);
        await Task.Delay(window);
        var polls = feeds.ToDictionary(f => f, f => _cluster.Feeds.RequestCount($"{f}.xml") - before[f]);
        output.WriteLine(string.Join(", ", polls.Select(p => $"{p.Key} {p.Value}")));

        Assert.All(feeds, f => Assert.Equal(1, _cluster.Feeds.MostAtOnce($"{f}.xml")));
        // Three instances, one turn a second: at most a poll per elapsed interval (and one in flight at each end).
        Assert.All(Quick, f => Assert.InRange(polls[f], 0, (int)window.TotalSeconds + 2));
        await _cluster.WaitForPollsAsync(instances[0], feeds, times: 2);
        Assert.All(instances, instance => Assert.DoesNotContain(" ERR] ", instance.StandardError));
    }

    [Fact]
    public async Task The_feeds_of_a_killed_instance_are_taken_over_when_its_claims_lapse()
    {
        var config = ServeFeeds(slowAnswer: TimeSpan.FromSeconds(1));
        var victim = _cluster.Start(config);
        var survivor = _cluster.Start(config);
        string[] feeds = AllFeeds;
        await _cluster.WaitForPollsAsync(survivor, feeds, times: 2);

        victim.Kill(); // its claims of feeds in flight lapse after CheckinInterval + CheckinMisfireThreshold (3 s here)

        await _cluster.WaitForPollsAsync(survivor, feeds, times: 3);
        Assert.All(feeds, f => Assert.Equal(1, _cluster.Feeds.MostAtOnce($"{f}.xml")));
    }

    /// <summary>Serves the slow feeds (answering after <paramref name="slowAnswer"/>) and the quick ones; returns the settings.</summary>
    private string ServeFeeds(TimeSpan slowAnswer)
    {
        _cluster.Publish(Slow, latest: 1, new FeedResponseOptions { Delay = slowAnswer });
        _cluster.Publish(Quick, latest: 1);
        return _cluster.WriteSettings(AllFeeds, messagesPerMinute: 20, messagesPerSecond: 1);
    }
}
