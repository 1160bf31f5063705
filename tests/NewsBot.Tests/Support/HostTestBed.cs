using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;

namespace NewsBot.Tests.Support;

/// <summary>The world a bot process meets in a test: a folder of its own, a loopback feed server and a fake Bot API.</summary>
public abstract class HostTestBed : IAsyncLifetime
{
    protected TempDirectory Folder { get; } = new();
    protected FeedServer Feeds { get; private set; } = null!;
    protected FakeBotApi Bot { get; private set; } = null!;

    public abstract Task InitializeAsync();

    /// <summary>Starts the feed server and a fake Bot API that knows <paramref name="chats"/>.</summary>
    protected async Task StartFakesAsync(params string[] chats)
    {
        Feeds = await FeedServer.StartAsync();
        Bot = await FakeBotApi.StartAsync(chats);
    }

    public virtual async Task DisposeAsync()
    {
        await Feeds.DisposeAsync();
        await Bot.DisposeAsync();
        Folder.Dispose();
    }
}
