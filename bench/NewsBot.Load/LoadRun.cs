using System.Diagnostics;
using NewsBot.Testing;
using NewsBot.Testing.Telegram;

namespace NewsBot.Load;

/// <summary>
/// One load run: feeds and a fake Bot API on loopback, the published bot against them; waits for every feed's first
/// poll, then publishes stories at the asked rate for the asked time, lets the last ones through, stops the bot with
/// SIGTERM and measures.
/// </summary>
public sealed class LoadRun(LoadOptions options)
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(30);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task<LoadReport> RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-load-").FullName;
        var repository = AncestorFolders.Holding("NewsBot.sln");
        var binary = options.Binary;
        if (binary.Length == 0)
        {
            binary = Path.Combine(folder, "app");
            Progress($"publishing the bot into {binary}");
            await BotProcess.PublishAsync(repository, binary);
        }
        var environment = DockerfileEnvironment.Read(repository);
        foreach (var (key, value) in options.Environment)
        {
            environment[key] = value;
        }
        await using var feeds = await LoadFeedServer.StartAsync(options.Feeds, _clock);
        await using var bot = await FakeBotApi.StartAsync([.. Enumerable.Range(0, options.Channels).Select(LoadSettingsFile.ChatOf)]);
        bot.EnforceTelegramLimits();
        var settings = LoadSettingsFile.Write(folder, options, feeds, bot);
        Progress($"starting the bot in {folder} (its logs: bot.err), {string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}"))}");
        var started = _clock.Elapsed;
        await using var process = BotProcess.Start(binary, folder, settings, environment, _clock);

        await WaitAsync(process, () => feeds.FirstPollAt is not null, StartPatience, "the first poll");
        var firstPoll = feeds.FirstPollAt!.Value - started;
        await WaitAsync(process, () => feeds.PollsSnapshot().All(p => p > 0), StartPatience, "every feed's first poll");
        var everyFeedPolled = _clock.Elapsed - started;

        var ledger = new StoryLedger(feeds, options.Channels);
        var (steadyStart, pollsBefore) = (_clock.Elapsed, feeds.PollsSnapshot());
        Progress($"every feed polled after {everyFeedPolled.TotalSeconds:0} s; publishing {options.Stories} stories every {options.StoriesEvery.TotalSeconds:0} s for {options.Duration:c}");
        await PublishStoriesAsync(ledger, process);
        var (steadyEnd, pollsAfter) = (_clock.Elapsed, feeds.PollsSnapshot());
        var cpu = CpuPercent(process.Samples(), steadyStart, steadyEnd);
        var steadyRss = LastSample(process)?.RssBytes ?? 0;

        Progress("letting the last stories through");
        await WaitAsync(process, () => StoryLedger.Delivered(bot) >= ledger.Count, options.Interval + TimeSpan.FromMinutes(1), "the last posts", throwOnTimeout: false);
        var peak = LastSample(process)?.PeakRssBytes ?? 0;
        await process.StopAsync(TimeSpan.FromSeconds(30));

        var (freshness, lost, duplicates, misrouted) = ledger.Reconcile(bot);
        return new LoadReport(options with { Environment = environment }, firstPoll, everyFeedPolled, cpu, peak, steadyRss,
            [.. pollsAfter.Zip(pollsBefore, (after, before) => after - before)],
            feeds.PollsPerSecond((long)Math.Ceiling(steadyStart.TotalSeconds), (long)steadyEnd.TotalSeconds),
            freshness, ledger.Count, lost, duplicates, misrouted, bot.FloodRejections);
    }

    private async Task PublishStoriesAsync(StoryLedger ledger, BotProcess process)
    {
        var end = _clock.Elapsed + options.Duration;
        using var timer = new PeriodicTimer(options.StoriesEvery);
        do
        {
            ledger.PublishBatch(options.Stories);
            if (process.HasExited)
            {
                throw new InvalidOperationException("the bot exited during the run (see bot.err)");
            }
        }
        while (await timer.WaitForNextTickAsync() && _clock.Elapsed + options.StoriesEvery <= end);
        await Task.Delay(end - _clock.Elapsed > TimeSpan.Zero ? end - _clock.Elapsed : TimeSpan.Zero);
    }

    private static ProcessSample? LastSample(BotProcess process) => process.Samples() is { Count: > 0 } samples ? samples[^1] : null;

    /// <summary>CPU time the bot used between two moments, as a share of all the machine's cores.</summary>
    private static double CpuPercent(IReadOnlyList<ProcessSample> samples, TimeSpan from, TimeSpan to)
    {
        var first = samples.First(s => s.At >= from);
        var last = samples.Last(s => s.At <= to);
        return (last.Cpu - first.Cpu) / (last.At - first.At) / Environment.ProcessorCount * 100;
    }

    private async Task WaitAsync(BotProcess process, Func<bool> condition, TimeSpan patience, string what, bool throwOnTimeout = true)
    {
        var deadline = _clock.Elapsed + patience;
        while (!condition())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited before {what} (see bot.err)");
            }
            if (_clock.Elapsed > deadline)
            {
                if (throwOnTimeout)
                {
                    throw new TimeoutException($"no {what} within {patience}");
                }
                return;
            }
            await Task.Delay(200);
        }
    }

    private void Progress(string message) => Console.Error.WriteLine($"[{_clock.Elapsed:hh\\:mm\\:ss}] {message}");
}
