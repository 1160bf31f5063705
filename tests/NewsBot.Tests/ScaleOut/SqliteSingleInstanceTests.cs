using NewsBot.Testing.Feeds;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.ScaleOut;

/// <summary>SQLite serves one instance: a second one on the same file must say so and stop, not post twice.</summary>
public sealed class SqliteSingleInstanceTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private FeedServer _feeds = null!;

    public async Task InitializeAsync() => _feeds = await FeedServer.StartAsync();

    [Fact]
    public async Task A_second_instance_on_the_same_file_exits_non_zero_naming_the_fix_and_the_first_runs_on()
    {
        _feeds.Serve("wire.xml", RssBuilder.Build("Wire", []));
        var config = BotSettingsFile.Write(_directory, botApiBaseUrl: null, token: null, [new("wire", _feeds.UrlOf("wire.xml"))]);
        await using var first = HostProcess.Start(_directory.Path, null, "run", "--config", config);
        await first.WaitUntilAsync(() => _feeds.RequestCount("wire.xml") >= 1, TimeSpan.FromSeconds(30), "the first instance's poll");

        await using var second = HostProcess.Start(_directory.Path, null, "run", "--config", config);
        await second.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, second.ExitCode);
        var lastLine = second.StandardError.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("Another NewsBot instance is using", lastLine);
        Assert.Contains("Storage:Provider = Postgres", lastLine);
        Assert.False(first.HasExited);
    }

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        _directory.Dispose();
    }
}
