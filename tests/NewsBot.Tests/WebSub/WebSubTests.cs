using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Monitoring;
using NewsBot.WebSub;

namespace NewsBot.Tests.WebSub;

/// <summary>The WebSub subscriber against a hub of our own: subscribe, verify, signed deliveries, leases, removal, restart.</summary>
public sealed class WebSubTests : WebSubTestBed
{
    [Fact]
    public async Task A_feed_advertising_a_hub_is_subscribed_with_its_own_callback_and_secret()
    {
        await PollAsync();

        var request = Assert.Single(Hub.Requests);
        Assert.Equal("subscribe", request.Mode);
        Assert.Equal(Topic, request.Topic);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/websub/[0-9a-f]{48}$", request.Callback);
        Assert.Matches("^[0-9a-f]{64}$", request.Secret);
        Assert.Equal("864000", request.LeaseSeconds);
    }

    [Fact]
    public async Task A_hub_named_only_in_link_headers_is_found_and_its_307_followed()
    {
        var link = $"<{Hub.Url}old>; rel=\"hub\", <{Topic}>; rel=\"self\"";
        var feed = Atom("first").Replace($"<link rel=\"hub\" href=\"{Hub.Url}\"/>", "", StringComparison.Ordinal);
        Feeds.Serve(FeedPath, feed, "application/atom+xml", new() { Headers = new Dictionary<string, string> { ["Link"] = link } });

        await PollAsync();

        Assert.Equal(Topic, Assert.Single(Hub.Requests).Topic);
    }

    [Fact]
    public async Task Verification_echoes_the_challenge_only_for_our_request_of_that_topic_on_that_callback()
    {
        await PollAsync();
        var request = Assert.Single(Hub.Requests);

        var wrongTopic = await Hub.VerifyAsync(request, topic: "https://elsewhere.example/feed");
        var unknownCallback = await Hub.VerifyAsync(request with { Callback = request.Callback[..^4] + "0000" });
        var good = await Hub.VerifyAsync(request, leaseSeconds: 600);

        Assert.Equal(404, wrongTopic.Status);
        Assert.Equal(404, unknownCallback.Status);
        Assert.Equal((200, "c4ll3ng3"), good);
        var stored = Assert.Single(await App.Services.GetRequiredService<ISubscriptionStore>().AllAsync(default));
        Assert.Equal(Time.GetUtcNow().AddSeconds(600), stored.LeaseUntil);
    }

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("sha384")]
    [InlineData("sha512")]
    public async Task A_signed_delivery_is_processed_like_a_polled_body(string algorithm)
    {
        var request = await SubscribeAsync();

        var status = await Hub.PublishAsync(request, Atom("pushed", "first"), algorithm);

        Assert.Equal(202, status);
        Assert.Equal(1, await QueuedEventuallyAsync(1));
    }

    [Fact]
    public async Task A_delivery_with_a_bad_signature_is_logged_and_not_processed()
    {
        var request = await SubscribeAsync();

        var status = await Hub.PublishAsync(request, Atom("forged", "first"), signature: "sha256=" + new string('0', 64));
        await Hub.PublishAsync(request, Atom("unsigned", "first"), signature: "");
        await Hub.PublishAsync(request, Atom("pushed", "first"));

        Assert.Equal(202, status);
        Assert.Equal(1, await QueuedEventuallyAsync(1));
        Assert.Equal(2, Logs.AtLeast(LogLevel.Warning).Count(l => l.Contains("Feed blog: WebSub delivery with a bad or missing X-Hub-Signature", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_short_lease_is_renewed_at_about_80_percent_with_the_same_callback()
    {
        var request = await SubscribeAsync(leaseSeconds: 100);

        Time.Advance(TimeSpan.FromSeconds(70));
        await MaintainAsync();
        Assert.Single(Hub.Requests);
        Time.Advance(TimeSpan.FromSeconds(11));
        await MaintainAsync();

        Assert.Equal(2, Hub.Requests.Count);
        Assert.Equal(request, Hub.Requests[1]);
    }

    [Fact]
    public async Task A_removed_feed_is_unsubscribed_and_its_deliveries_answered_410()
    {
        var request = await SubscribeAsync();
        Settings.Update(new() { Channels = Settings.Value.Channels, WebSub = Settings.Value.WebSub });

        await MaintainAsync();

        Assert.Equal("unsubscribe", Hub.Requests[^1].Mode);
        Assert.Equal(410, await Hub.PublishAsync(request, Atom("late")));
        Assert.Equal(200, (await Hub.VerifyAsync(Hub.Requests[^1])).Status);
        Assert.Empty(await App.Services.GetRequiredService<ISubscriptionStore>().AllAsync(default));
    }

    [Fact]
    public async Task While_the_hub_pushes_polls_slow_down_and_when_it_goes_away_they_return()
    {
        await SubscribeAsync(leaseSeconds: 600);
        var polls = Feeds.RequestCount(FeedPath);

        Time.Advance(TimeSpan.FromMinutes(5));
        await PollAsync();
        Assert.Equal(polls, Feeds.RequestCount(FeedPath));
        Assert.Contains("newsbot_feed_pushed{feed=\"blog\"} 1", await MetricsAsync(), StringComparison.Ordinal);

        // The hub vanished: no renewal is verified and the lease runs out.
        Time.Advance(TimeSpan.FromMinutes(6));
        await MaintainAsync();
        Time.Advance(WebSubMaintainer.VerificationWait);
        await MaintainAsync();
        await PollAsync();

        Assert.Equal(polls + 1, Feeds.RequestCount(FeedPath));
        Assert.Contains(Logs.AtLeast(LogLevel.Warning), l => l.StartsWith("Feed blog: ", StringComparison.Ordinal) && l.Contains("own interval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hub_that_falls_silent_is_left_and_the_feed_polls_at_its_own_pace()
    {
        await SubscribeAsync();
        Time.Advance(TimeSpan.FromMinutes(1));
        ServeFeed("missed", "first");

        Time.Advance(Settings.Value.WebSub.SafetyNetInterval);
        await PollAsync();
        await PollAsync();

        Assert.Empty(await App.Services.GetRequiredService<ISubscriptionStore>().AllAsync(default));
        Assert.Single(Hub.Requests);
        Assert.Equal(3, Feeds.RequestCount(FeedPath));
        Assert.Contains(Logs.AtLeast(LogLevel.Warning), l => l.Contains("Feed blog: WebSub hub", StringComparison.Ordinal) && l.Contains("did not deliver 1 stories", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_keeps_the_subscription()
    {
        var request = await SubscribeAsync();

        await RestartAsync();

        Assert.Equal(202, await Hub.PublishAsync(request, Atom("pushed", "first")));
        Assert.Equal(1, await QueuedEventuallyAsync(1));
        Assert.Single(Hub.Requests);
    }

    private async Task<string> MetricsAsync()
    {
        using var text = new MemoryStream();
        await App.Services.GetRequiredService<NewsBotMetrics>().Registry.CollectAndExportAsTextAsync(text);
        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }
}
