using System.Diagnostics;
using NewsBot.Testing.Postgres;
using NewsBot.Tests.Storage;
using NewsBot.Tests.Support;
using Xunit.Abstractions;
using static NewsBot.Tests.ScaleOut.BotCluster;

namespace NewsBot.Tests.ScaleOut;

/// <summary>Several NewsBot processes on one PostgreSQL database: each story posted once, failover, one shared channel budget.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ScaleOutTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] FeedNames = ["wire", "science", "sports"];
    private BotCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await BotCluster.StartAsync(server);

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_instances_post_every_new_story_once_in_order()
    {
        var config = _cluster.WriteSettings(FeedNames, messagesPerMinute: 600, messagesPerSecond: 10);
        var instances = await StartBaselinedAsync(config, instances: 2);
        var first = instances[0];

        for (var latest = 3; latest <= 6; latest++)
        {
            _cluster.Publish(FeedNames, latest);
            await Task.Delay(700);
        }
        var expected = Stories(from: 2, to: 6);
        await first.WaitUntilAsync(() => _cluster.Headlines().Count >= expected.Count, Patience, "every new story");
        await _cluster.WaitForPollsAsync(first, FeedNames, times: 3);

        AssertPostedInOrder(expected, _cluster.Headlines(), allowedRepeats: 0);
        Assert.All(instances, instance => Assert.DoesNotContain(" ERR] ", instance.StandardError));
    }

    [Fact]
    public async Task After_kill_9_of_one_instance_the_other_posts_the_rest_repeating_at_most_the_post_in_flight()
    {
        var config = _cluster.WriteSettings(FeedNames, messagesPerMinute: 600, messagesPerSecond: 2);
        var victim = (await StartBaselinedAsync(config, instances: 2))[0];
        var survivor = _cluster.Start(config); // a third instance, so that the victim is killed while others run
        await _cluster.WaitForPollsAsync(survivor, FeedNames, times: 1);

        _cluster.Publish(FeedNames, latest: 5);
        await victim.WaitUntilAsync(() => _cluster.Headlines().Count >= 3, Patience, "the burst under way");
        victim.Kill();
        var killed = Stopwatch.StartNew();
        _cluster.Publish(FeedNames, latest: 7);

        var expected = Stories(from: 2, to: 7);
        await survivor.WaitUntilAsync(() => _cluster.Headlines().Distinct().Count() >= expected.Count, Patience, "every story after the kill");
        output.WriteLine($"all {expected.Count} stories posted {killed.Elapsed.TotalSeconds:0.0} s after the kill; {_cluster.Headlines().Count - expected.Count} repeated");
        await _cluster.WaitForPollsAsync(survivor, FeedNames, times: 2);

        // One channel and one instance killed: at most its one post in flight was accepted and then sent again.
        AssertPostedInOrder(expected, _cluster.Headlines(), allowedRepeats: 1);
    }

    [Fact]
    public async Task A_burst_drained_by_three_instances_keeps_the_channels_per_second_budget_and_order()
    {
        _cluster.Bot.FloodLimit = 2;
        _cluster.Bot.FloodWindow = TimeSpan.FromSeconds(1);
        var config = _cluster.WriteSettings(FeedNames, messagesPerMinute: 600, messagesPerSecond: 2);
        var first = (await StartBaselinedAsync(config, instances: 3))[0];

        _cluster.Publish(FeedNames, latest: 5);
        var expected = Stories(from: 2, to: 5);
        await first.WaitUntilAsync(() => _cluster.Headlines().Count >= expected.Count, Patience, "the burst");

        AssertPostedInOrder(expected, _cluster.Headlines(), allowedRepeats: 0);
        Assert.Equal(0, _cluster.Bot.FloodRejections);
        var sent = _cluster.Bot.Messages;
        output.WriteLine($"{sent.Count} posts in {(sent[^1].At - sent[0].At).TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Instances_together_send_no_more_than_the_channels_per_minute_budget()
    {
        _cluster.Bot.FloodLimit = 5;
        var config = _cluster.WriteSettings(FeedNames, messagesPerMinute: 5, messagesPerSecond: 10);
        var first = (await StartBaselinedAsync(config, instances: 2))[0];

        _cluster.Publish(FeedNames, latest: 4);
        await first.WaitUntilAsync(() => _cluster.Headlines().Count >= 5, Patience, "the minute's budget");
        await _cluster.WaitForPollsAsync(first, FeedNames, times: 3);

        Assert.Equal(5, _cluster.Headlines().Count);
        Assert.Equal(0, _cluster.Bot.FloodRejections);
    }

    /// <summary>
    /// Starts the instances together (each scheduling the same jobs) and waits until every feed's first poll (the
    /// baseline, which posts nothing) is done.
    /// </summary>
    private async Task<List<HostProcess>> StartBaselinedAsync(string config, int instances)
    {
        _cluster.Publish(FeedNames, latest: 1);
        var started = Enumerable.Range(0, instances).Select(_ => _cluster.Start(config)).ToList();
        // A second poll begins only after the first one's commit: feeds are polled by one instance at a time.
        await _cluster.WaitForPollsAsync(started[0], FeedNames, times: 2);
        Assert.Empty(_cluster.Bot.Messages);
        Assert.All(started, instance => Assert.False(instance.HasExited, instance.StandardError));
        return started;
    }

    private static List<string> Stories(int from, int to) =>
        FeedNames.SelectMany(feed => Enumerable.Range(from, to - from + 1).Select(n => Title(feed, n))).ToList();

    /// <summary>Every expected story posted, each feed's in publication order, with no more repeats than allowed.</summary>
    private static void AssertPostedInOrder(List<string> expected, List<string> headlines, int allowedRepeats)
    {
        Assert.Equal(expected.Order(), headlines.Distinct().Order());
        Assert.InRange(headlines.Count - expected.Count, 0, allowedRepeats);
        foreach (var feed in FeedNames)
        {
            var firstSent = headlines.Distinct().Where(h => h.StartsWith(feed + " ", StringComparison.Ordinal));
            Assert.Equal(expected.Where(h => h.StartsWith(feed + " ", StringComparison.Ordinal)), firstSent);
        }
    }
}
