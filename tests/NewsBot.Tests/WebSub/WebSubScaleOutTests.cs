using System.Text.Json.Nodes;
using NewsBot.Testing.Postgres;
using NewsBot.Testing.WebSub;
using NewsBot.Tests.ScaleOut;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.WebSub;

/// <summary>
/// Push with two instances on one PostgreSQL: a hub may call either instance (a load balancer's choice), for
/// verification and for deliveries, and each lease is renewed by one instance only.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebSubScaleOutTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private BotCluster _cluster = null!;
    private TestHub _hub = null!;

    public async Task InitializeAsync()
    {
        _cluster = await BotCluster.StartAsync(server);
        _hub = await TestHub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Either_instance_answers_any_callback_and_one_renews_each_lease()
    {
        _cluster.Feeds.Serve("blog.xml", Atom("first"), "application/atom+xml");
        // The public base URL is the load balancer's; each request below is sent to the instance the test picks.
        var config = _cluster.WriteSettings(["blog"], messagesPerMinute: 600, messagesPerSecond: 10,
            customize: settings => settings["WebSub"] = new JsonObject { ["CallbackBaseUrl"] = "http://127.0.0.1:9" });
        var instances = new[] { _cluster.Start(config), _cluster.Start(config) };
        var endpoints = new List<Uri>();
        foreach (var instance in instances)
        {
            endpoints.Add(await instance.EndpointAsync(Patience));
        }
        await instances[0].WaitUntilAsync(() => _hub.Requests.Count >= 1, Patience, "a subscribe request");
        var subscribe = _hub.Requests[0];

        // A short lease, verified through the second instance, whichever sent the request.
        Assert.Equal(200, (await _hub.VerifyAsync(At(subscribe, endpoints[1]), leaseSeconds: 10)).Status);
        Assert.Equal(202, await _hub.PublishAsync(At(subscribe, endpoints[0]), Atom("pushed-1", "first")));
        Assert.Equal(202, await _hub.PublishAsync(At(subscribe, endpoints[1]), Atom("pushed-2", "pushed-1", "first")));
        await instances[0].WaitUntilAsync(() => _cluster.Bot.MessagesTo("@" + BotCluster.Channel).Count >= 2, Patience, "both pushed stories posted");

        // Both instances pass over the subscriptions every 30 s; one of them sends the renewal at 80 % of the lease.
        await instances[0].WaitUntilAsync(() => _hub.Requests.Count >= 2, Patience, "the renewal");
        Assert.Equal(200, (await _hub.VerifyAsync(At(_hub.Requests[1], endpoints[0]), leaseSeconds: 3600)).Status);
        await Task.Delay(TimeSpan.FromSeconds(35)); // a full pass of both instances more: a second renewal would show
        Assert.Equal(["subscribe", "subscribe"], _hub.Requests.Select(r => r.Mode));
        Assert.Equal(2, _cluster.Bot.MessagesTo("@" + BotCluster.Channel).Count);
    }

    /// <summary>The request with its callback on <paramref name="instance"/>'s endpoint instead of the public base URL.</summary>
    private static HubRequest At(HubRequest request, Uri instance) =>
        request with { Callback = new Uri(instance, new Uri(request.Callback).PathAndQuery).AbsoluteUri };

    private string Atom(params string[] ids) => HubFeed.Atom(_hub.Url, _cluster.Feeds.UrlOf("blog.xml"), DateTimeOffset.UtcNow, ids);
}
