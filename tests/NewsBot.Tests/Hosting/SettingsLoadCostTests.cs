using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using NewsBot.Hosting;
using NewsBot.Testing.Settings;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Loading settings costs what the feeds cost, not their square (binding each feed once scanned every key of the file).
/// Both loads run in the same test, so that the machine's load cancels out of the ratio; no time is asserted.
/// </summary>
public sealed class SettingsLoadCostTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void Loading_four_thousand_feeds_costs_about_four_times_loading_a_thousand()
    {
        var small = Write(1_000);
        var large = Write(4_000);
        Load(small); // the first load pays for JIT compilation

        var smallCost = Enumerable.Range(0, 3).Select(_ => Load(small)).ToList();
        var largeCost = Enumerable.Range(0, 3).Select(_ => Load(large)).ToList();

        // The least of three runs: a run that another process slowed says nothing about the code.
        var timeRatio = largeCost.Min(c => c.Elapsed) / smallCost.Min(c => c.Elapsed);
        var bytesRatio = (double)largeCost.Min(c => c.Bytes) / smallCost.Min(c => c.Bytes);
        Assert.True(timeRatio <= 5, $"4,000 feeds took {timeRatio:0.0}× as long as 1,000");
        Assert.True(bytesRatio <= 5, $"4,000 feeds allocated {bytesRatio:0.0}× as much as 1,000");
    }

    private string Write(int feeds)
    {
        var path = _directory.Combine($"settings-{feeds}.json");
        ManyFeedsSettings.Write(path, ManyFeedsSettings.Of(feeds, _directory.Combine("newsbot.db")));
        return path;
    }

    /// <summary>What the settings verbs and the host do: read the file, bind and validate.</summary>
    private static (TimeSpan Elapsed, long Bytes) Load(string path)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var configuration = new ConfigurationBuilder().AddNewsBotSettings(path).Build();
        using (configuration as IDisposable)
        {
            _ = SettingsLoader.Load(configuration);
        }
        return (Stopwatch.GetElapsedTime(started), GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    public void Dispose() => _directory.Dispose();
}
