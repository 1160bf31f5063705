using System.Text.Json.Nodes;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Postgres;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.ScaleOut;

/// <summary>
/// NewsBot processes sharing a fresh PostgreSQL database (<see cref="PostgresSettings"/>), with loopback feeds and
/// the fake Bot API.
/// </summary>
public sealed class BotCluster : IAsyncDisposable
{
    public const string Channel = "news";

    private readonly TempDirectory _directory = new();
    private readonly List<HostProcess> _instances = [];
    private readonly string _connectionString;

    private BotCluster(string connectionString, FeedServer feeds, FakeBotApi bot)
    {
        _connectionString = connectionString;
        Feeds = feeds;
        Bot = bot;
    }

    public FeedServer Feeds { get; }

    public FakeBotApi Bot { get; }

    public static async Task<BotCluster> StartAsync(PostgresServer server) =>
        new(await server.CreateDatabaseAsync(), await FeedServer.StartAsync(), await FakeBotApi.StartAsync("@" + Channel));

    public static string Title(string feed, int story) => $"{feed} story {story}";

    /// <summary>The settings all instances share: the feeds (nothing posted on their first poll) into one channel with this budget.</summary>
    public string WriteSettings(IReadOnlyList<string> feeds, int messagesPerMinute, int messagesPerSecond, bool grouping = false, Action<JsonObject>? customize = null) =>
        BotSettingsFile.Write(_directory, Bot.BaseUrl, FakeBotApi.Token, feeds.Select(f => new BotSettingsFile.Feed(f, Feeds.UrlOf($"{f}.xml"), Channel)),
            channelChatId: "@" + Channel,
            grouping: grouping,
            customize: settings =>
            {
                PostgresSettings.Use(settings, _connectionString);
                var channel = settings["Channels"]![Channel]!;
                channel["MessagesPerMinute"] = messagesPerMinute;
                channel["MessagesPerSecond"] = messagesPerSecond;
                customize?.Invoke(settings);
            });

    public HostProcess Start(string config)
    {
        var instance = HostProcess.Start(_directory.Path, null, "run", "--config", config);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Each feed now lists its stories 1 to <paramref name="latest"/>, a minute apart.</summary>
    public void Publish(IEnumerable<string> feeds, int latest, FeedResponseOptions? options = null)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        foreach (var feed in feeds)
        {
            var items = Enumerable.Range(1, latest).Reverse()
                .Select(n => new RssBuilder.Item($"{feed}-{n}", Title(feed, n), $"Summary of {Title(feed, n)}.", start.AddMinutes(n)));
            Feeds.Serve($"{feed}.xml", RssBuilder.Build(feed, items), options: options);
        }
    }

    /// <summary>Waits until every feed was polled <paramref name="times"/> more times from now.</summary>
    public async Task WaitForPollsAsync(HostProcess watched, IReadOnlyList<string> feeds, int times)
    {
        var targets = feeds.ToDictionary(f => f, f => Feeds.RequestCount($"{f}.xml") + times);
        await watched.WaitUntilAsync(() => targets.All(t => Feeds.RequestCount($"{t.Key}.xml") >= t.Value), TimeSpan.FromSeconds(60), $"{times} polls of every feed");
    }

    /// <summary>The first line of each message sent, in the order the fake Bot API received them.</summary>
    public List<string> Headlines() => Bot.Messages.Select(m => m.PlainText.Split('\n')[0]).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        await Feeds.DisposeAsync();
        await Bot.DisposeAsync();
        _directory.Dispose();
    }
}
