using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;
using Telegram.Bot;

namespace NewsBot.Tests.Delivery;

/// <summary>Breaking posts pinned for their time: the fake Bot API, a real SQLite file, a fake clock.</summary>
public sealed class PinKeeperTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private FakeBotApi _api = null!;
    private SqliteDatabase _database = null!;
    private TelegramPostSender _sender = null!;
    private PinKeeper _keeper = null!;
    private ChannelTarget _news = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync("@news");
        _database = new SqliteDatabase(new StorageSettings { ConnectionString = $"Data Source={_directory.Combine("newsbot.db")}" });
        await _database.InitializeAsync(default);
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        _sender = new TelegramPostSender(client, new ChatMigrations(), NullLogger<TelegramPostSender>.Instance);
        var channel = new ChannelSettings { ChatId = "@news" };
        var settings = new CurrentSettings(new NewsBotSettings { Channels = { ["news"] = channel } });
        _keeper = new PinKeeper(_sender, new SqlPinStore(_database), settings, new FaultEpisodes(new StorageHealth(), _time), _time, NullLogger<PinKeeper>.Instance);
        _news = ChannelTarget.From("news", channel);
    }

    [Fact]
    public async Task A_pinned_post_is_unpinned_when_its_time_has_passed()
    {
        var message = await SendAsync();

        await _keeper.PinAsync(_news, message, TimeSpan.FromMinutes(30));
        Assert.True(_api.IsPinned(message));

        _time.Advance(TimeSpan.FromMinutes(29));
        await _keeper.UnpinDueAsync(default);
        Assert.True(_api.IsPinned(message));

        _time.Advance(TimeSpan.FromMinutes(1));
        await _keeper.UnpinDueAsync(default);
        Assert.False(_api.IsPinned(message));
    }

    [Fact]
    public async Task Without_the_right_to_pin_nothing_is_left_to_unpin()
    {
        _api.CanPin = false;
        var message = await SendAsync();

        await _keeper.PinAsync(_news, message, TimeSpan.FromMinutes(30));

        Assert.Empty(await new SqlPinStore(_database).DuePinsAsync(_time.GetUtcNow().AddDays(1), default));
    }

    private async Task<long> SendAsync()
    {
        var post = new OutgoingPost { Html = "<b>BREAKING: Storm</b>", PlainText = "BREAKING: Storm" };
        return ((SendResult.Sent)await _sender.SendAsync(_news, post, default)).MessageId;
    }

    public async Task DisposeAsync()
    {
        _database.Dispose();
        await _api.DisposeAsync();
        _directory.Dispose();
    }
}
