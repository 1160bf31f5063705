using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Admin;
using NewsBot.Hosting;
using NewsBot.Storage;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Admin;

/// <summary>The reader in-process with a fake clock: a 409 Conflict (another process polling the token) backs off instead of hammering.</summary>
public sealed class AdminCommandReaderTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _directory = new();
    private readonly WatchedClock _time = new(DateTimeOffset.UnixEpoch);
    private FakeBotApi _bot = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _bot = await FakeBotApi.StartAsync("@news", "42");
        var path = BotSettingsFile.Write(_directory, _bot.BaseUrl, FakeBotApi.Token, [new("wire", "http://127.0.0.1:9/rss")]);
        var configuration = new ConfigurationBuilder().AddNewsBotSettings(path)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:AdminUserIds:0"] = "42" }).Build();
        _services = new ServiceCollection().AddNewsBot(configuration, SettingsLoader.Load(configuration))
            .AddSingleton<TimeProvider>(_time).BuildServiceProvider();
        await _services.GetRequiredService<IStoryStore>().MigrateAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_409_Conflict_backs_off_then_commands_are_answered()
    {
        _bot.InjectConflicts(1);
        _bot.PushMessage(42, "42", "/status");
        var reader = ActivatorUtilities.CreateInstance<AdminCommandReader>(_services);
        await reader.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => _bot.GetUpdatesCalls >= 1, "the first getUpdates");
            await WaitUntilAsync(() => _time.TimersCreated == 1, "the backoff to begin");
            await Task.Delay(300);
            Assert.Equal(1, _bot.GetUpdatesCalls);
            Assert.Empty(_bot.MessagesTo("42"));

            _time.Advance(AdminCommandReader.ConflictBackoff);
            await WaitUntilAsync(() => _bot.MessagesTo("42").Count == 1, "the answer after the backoff");
            Assert.Contains("NewsBot: 1 feeds", _bot.MessagesTo("42")[0].PlainText);
        }
        finally
        {
            await reader.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _bot.DisposeAsync();
        _directory.Dispose();
    }
}
