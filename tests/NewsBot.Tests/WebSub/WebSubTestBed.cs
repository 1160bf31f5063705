using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.WebSub;
using NewsBot.Tests.Support;
using NewsBot.WebSub;

namespace NewsBot.Tests.WebSub;

/// <summary>
/// A bot's WebSub side in process, as the host wires it: the callbacks on a loopback web host, the poller, a real
/// SQLite file and a fake clock; a feed server with a feed that advertises the test hub.
/// </summary>
public abstract class WebSubTestBed : IAsyncLifetime
{
    protected const string Channel = "news";
    protected const string FeedPath = "feed.atom";

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2031, 3, 14, 12, 0, 0, TimeSpan.Zero));
    protected LogCollector Logs { get; } = new();
    protected FeedServer Feeds { get; private set; } = null!;
    protected TestHub Hub { get; private set; } = null!;
    protected TempSqliteStorage Storage { get; private set; } = null!;
    protected CurrentSettings Settings { get; private set; } = null!;
    protected FeedSettings Feed { get; } = new() { Name = "blog", Channels = [Channel], FirstRunPostLatest = 0 };
    protected WebApplication App { get; private set; } = null!;
    private int _port;

    protected string Topic => Feeds.UrlOf(FeedPath);

    public async Task InitializeAsync()
    {
        Feeds = await FeedServer.StartAsync();
        Hub = await TestHub.StartAsync();
        Storage = await TempSqliteStorage.CreateAsync();
        Feed.Url = Topic;
        Settings = new CurrentSettings(new NewsBotSettings { Channels = { [Channel] = new ChannelSettings { ChatId = "@news" } }, Feeds = [Feed] });
        await StartAppAsync();
        ServeFeed("first");
    }

    /// <summary>Stops the bot's web host and starts it again on the same port and storage: a restart.</summary>
    protected async Task RestartAsync()
    {
        await App.DisposeAsync();
        await StartAppAsync();
    }

    /// <summary>An Atom feed advertising the hub, with one entry per id, newest first, dated now.</summary>
    protected string Atom(params string[] ids) => HubFeed.Atom(Hub.Url, Topic, Time.GetUtcNow(), ids);

    protected void ServeFeed(params string[] ids) => Feeds.Serve(FeedPath, Atom(ids), "application/atom+xml");

    protected Task PollAsync() => App.Services.GetRequiredService<FeedPoller>().PollAsync(Feed, CancellationToken.None);

    protected Task MaintainAsync() => App.Services.GetRequiredService<WebSubMaintainer>().MaintainAsync(CancellationToken.None);

    /// <summary>Polls once (the baseline), which subscribes, and verifies the subscription with a lease of <paramref name="leaseSeconds"/>.</summary>
    protected async Task<HubRequest> SubscribeAsync(int leaseSeconds = 3600)
    {
        await PollAsync();
        var request = Assert.Single(Hub.Requests);
        Assert.Equal(200, (await Hub.VerifyAsync(request, leaseSeconds: leaseSeconds)).Status);
        return request;
    }

    protected async Task<int> QueuedAsync() =>
        (await Storage.Outbox.DepthByChannelAsync(CancellationToken.None)).GetValueOrDefault(Channel);

    /// <summary>Waits (bounded) for the background processing of a delivery to queue <paramref name="count"/> posts.</summary>
    protected async Task<int> QueuedEventuallyAsync(int count)
    {
        for (var i = 0; i < 200 && await QueuedAsync() < count; i++)
        {
            await Task.Delay(50);
        }
        return await QueuedAsync();
    }

    private async Task StartAppAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services.AddTestPolling(Storage, Time, Settings).AddSingleton<WebSubMaintainer>();
        App = builder.Build();
        App.MapWebSub();
        await App.StartAsync();
        var address = new Uri(App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        _port = address.Port;
        Settings.Value.WebSub.CallbackBaseUrl = $"http://127.0.0.1:{_port}";
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Storage.Dispose();
        await Hub.DisposeAsync();
        await Feeds.DisposeAsync();
    }
}
