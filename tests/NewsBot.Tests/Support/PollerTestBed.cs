using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Storage;
using NewsBot.Testing.Feeds;

namespace NewsBot.Tests.Support;

/// <summary>One feed's polls as the host wires them: a loopback feed server, a real SQLite file, a fake clock and the logs.</summary>
public abstract class PollerTestBed : IAsyncLifetime
{
    protected const string Channel = "news";

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2031, 3, 14, 12, 0, 0, TimeSpan.Zero));
    protected LogCollector Logs { get; } = new();
    protected FeedServer Server { get; private set; } = null!;
    protected TempSqliteStorage Storage { get; private set; } = null!;
    protected FeedPoller Poller { get; private set; } = null!;
    private ServiceProvider _services = null!;

    /// <summary>The feed under test, its Url relative to the feed server.</summary>
    protected abstract FeedSettings Feed { get; }

    public virtual async Task InitializeAsync()
    {
        Server = await FeedServer.StartAsync();
        Storage = await TempSqliteStorage.CreateAsync();
        Feed.Url = Server.UrlOf(Feed.Url);
        var settings = new NewsBotSettings { Channels = { [Channel] = new ChannelSettings { ChatId = "@news" } }, Feeds = [Feed] };
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs))
            .AddTestPolling(Storage, Time, new CurrentSettings(settings))
            .BuildServiceProvider();
        Poller = _services.GetRequiredService<FeedPoller>();
    }

    protected Task PollAsync() => Poller.PollAsync(Feed, CancellationToken.None);

    protected async Task<int> QueuedAsync() =>
        (await Storage.Outbox.DepthByChannelAsync(CancellationToken.None)).GetValueOrDefault(Channel);

    /// <summary>The post at the head of the channel's queue, marked sent so that the next call gets the one after.</summary>
    protected async Task<OutgoingPost> TakeNextPostAsync()
    {
        var entry = await Storage.Outbox.ClaimNextAsync(Channel, "test", Time.GetUtcNow(), TimeSpan.FromMinutes(1), new SendBudget(int.MaxValue, int.MaxValue), CancellationToken.None)
            ?? throw new InvalidOperationException("nothing queued");
        await Storage.Outbox.MarkSentAsync(entry.Id, 1, Time.GetUtcNow(), null, CancellationToken.None);
        return entry.Post;
    }

    public virtual async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Storage.Dispose();
        await Server.DisposeAsync();
    }
}
