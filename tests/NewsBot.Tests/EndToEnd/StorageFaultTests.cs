using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;
using Xunit.Abstractions;
using static NewsBot.Tests.Support.WireBurst;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// SQLite taken away from the real binary in the middle of a burst, as an operator saw it happen: locked by another
/// connection (shorter and longer than the 30 s command timeout), and a full disk. The bot never exits, readyz says
/// storage, every story is posted once in order afterwards, and the log tells it in a few lines.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output) : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private string _config = "";

    private string DataFolder => Folder.Combine("data");

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
        // The fake's flood limit scaled up as the channel's budget is (600 a minute, 5 a second).
        Bot.FloodLimit = 20;
        Bot.FloodWindow = TimeSpan.FromSeconds(1);
        Feeds.Serve("wire.xml", Rss(0));
        Directory.CreateDirectory(DataFolder);
        _config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"))],
            customize: settings => settings["Channels"]!["news"]!["MessagesPerSecond"] = 5);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)] // past the 30 s command timeout: the loops' writes fail with "database is locked"
    public async Task A_database_locked_by_another_connection_mid_burst_delays_the_posts_and_loses_none(int seconds)
    {
        await using var host = await StartMidBurstAsync(burst: 20);
        await using var readiness = await ReadinessWatch.StartAsync(host);

        await using (await LockDatabaseAsync())
        {
            Feeds.Serve("wire.xml", Rss(30)); // stories arriving while it is locked
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            Assert.NotNull(readiness.StorageUnready);
        }

        await AssertAllPostedOnceAsync(host, readiness, 30);
    }

    [Fact]
    public async Task A_full_disk_mid_burst_delays_the_posts_and_loses_none()
    {
        if (!await SucceedsAsync("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", DataFolder))
        {
            output.WriteLine("SKIPPED: mounting a tmpfs is not permitted here (needs root, or CAP_SYS_ADMIN in a container)");
            return;
        }
        try
        {
            await using var host = await StartMidBurstAsync(burst: 20);
            await using var readiness = await ReadinessWatch.StartAsync(host);
            var filler = Path.Combine(DataFolder, "filler");
            await FillAsync(filler);
            Feeds.Serve("wire.xml", Rss(30));
            await host.WaitUntilAsync(() => host.StandardError.Contains("database or disk is full"), Patience, "a write refused for the full disk");
            await host.WaitUntilAsync(() => readiness.StorageUnready is not null, Patience, "readyz to say storage");
            File.Delete(filler);

            await AssertAllPostedOnceAsync(host, readiness, 30);
        }
        finally
        {
            await SucceedsAsync("umount", "--lazy", DataFolder);
        }
    }

    /// <summary>Starts the bot, waits for its baseline poll, then serves stories 1..burst and waits until a few are out.</summary>
    private async Task<HostProcess> StartMidBurstAsync(int burst)
    {
        var host = HostProcess.Start(Folder.Path, null, "run", "--config", _config);
        await host.WaitUntilAsync(() => Feeds.RequestCount("wire.xml") >= 2, Patience, "the baseline poll");
        Feeds.Serve("wire.xml", Rss(burst));
        await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= 5, Patience, "the burst under way");
        return host;
    }

    private async Task AssertAllPostedOnceAsync(HostProcess host, ReadinessWatch readiness, int count)
    {
        var recovered = Stopwatch.StartNew();
        await host.WaitUntilAsync(() => Bot.MessagesTo("@news").Count >= count, Patience, "every story after the fault");
        await host.WaitUntilAsync(() => readiness.Ready, Patience, "readyz 200 again");
        await Task.Delay(TimeSpan.FromSeconds(2)); // any repeat would show by now
        output.WriteLine($"all posted {recovered.Elapsed.TotalSeconds:0.0} s after the fault ended; readyz said: {readiness.StorageUnready}");

        Assert.False(host.HasExited, host.StandardError);
        AssertEveryStoryOnceInOrder(Headlines(Bot, "@news"), count);
        var faults = FaultLines(host.StandardError);
        output.WriteLine(string.Join('\n', faults));
        Assert.InRange(faults.Count, 0, 3);
    }

    /// <summary>Another connection's exclusive transaction, as a backup tool or a sqlite3 shell might hold it.</summary>
    private async Task<SqliteConnection> LockDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(DataFolder, "newsbot.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE";
        await command.ExecuteNonQueryAsync();
        return connection; // disposing it ends the transaction and frees the lock
    }

    /// <summary>Writes until the file system says it is full.</summary>
    private static async Task FillAsync(string path)
    {
        var block = new byte[64 * 1024];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                await file.WriteAsync(block);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    private static async Task<bool> SucceedsAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        return process.ExitCode == 0;
    }
}
