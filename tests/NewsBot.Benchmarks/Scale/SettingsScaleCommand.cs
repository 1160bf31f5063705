using System.Text.Json.Nodes;
using NewsBot.Testing.Settings;

namespace NewsBot.Benchmarks.Scale;

/// <summary>
/// <c>settings-scale BOT_DLL RUNS N...</c>: for each feed count, RUNS times over, the bot as a process with N feeds on
/// loopback URLs (nothing listens there, so every poll fails at once: what is measured is the bot, not the feeds):
/// how long <c>check-config</c> takes, how long from starting <c>run</c> to its first poll (and the processor time
/// the bot used by then, which other processes on the machine barely change), and how long a live
/// reload that changes one feed's Interval takes until the schedule is applied, and what it touched.
/// </summary>
public static class SettingsScaleCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string botDll, int runs, IEnumerable<int> feedCounts)
    {
        Console.WriteLine("feeds  run  check-config s  start to first poll s (cpu s)  reload s  reload applied");
        foreach (var feeds in feedCounts)
        {
            for (var run = 1; run <= runs; run++)
            {
                await MeasureAsync(Path.GetFullPath(botDll), feeds, run);
            }
        }
        return 0;
    }

    private static async Task MeasureAsync(string botDll, int feeds, int run)
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-scale-").FullName;
        try
        {
            // config/ and data/ side by side, as in the image: the settings file's watcher sees its own folder and
            // below, so a database under it would wake the watcher at every write.
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "config")).FullName, "appsettings.json");
            var settings = ManyFeedsSettings.Of(feeds, Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "data")).FullName, "newsbot.db"));
            settings["Urls"] = "";
            ManyFeedsSettings.Write(path, settings);
            var check = await CheckConfigAsync(botDll, path);
            var (start, reload, applied) = await StartAndReloadAsync(botDll, path, settings);
            Console.WriteLine($"{feeds,5} {run,4} {Seconds(check),14} {Seconds(start.Elapsed),21} ({Seconds(start.Cpu)}) {Seconds(reload),9}  {applied}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<TimeSpan?> CheckConfigAsync(string botDll, string path)
    {
        using var check = new BotProcess(botDll, "check-config", path);
        return await check.ExitCodeAsync() == 0 ? check.Elapsed : null;
    }

    private static async Task<((TimeSpan? Elapsed, TimeSpan? Cpu) Start, TimeSpan? Reload, string Applied)> StartAndReloadAsync(
        string botDll, string path, JsonObject settings)
    {
        using var bot = new BotProcess(botDll, "run", path);
        var firstPoll = await bot.WaitForAsync(" failed: ", TimeSpan.Zero, Timeout);
        var startCpu = bot.ProcessorTime;
        // Let the first polls of every feed (all due at start) pass, so that the reload is timed on a bot in its steady state.
        await Task.Delay(TimeSpan.FromSeconds(30));
        var edited = bot.Elapsed;
        settings["Feeds"]![0]!["Interval"] = "00:02:00";
        ManyFeedsSettings.Write(path, settings);
        var applied = await bot.WaitForAsync("Schedule applied", edited, Timeout);
        var summary = applied?.Line is { } line ? line[line.IndexOf("Schedule applied", StringComparison.Ordinal)..] : "(not applied)";
        return ((firstPoll?.At, startCpu), applied?.At - edited, summary);
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? $"{t.TotalSeconds:0.00}" : "-";
}
