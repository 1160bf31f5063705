using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NewsBot.Hosting;
using NewsBot.Testing.Settings;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Loading settings costs what the feeds cost, not their square (binding each feed once scanned every key of the file,
/// which costs time but allocates nothing, so the allocations alone would not tell). Both sizes are loaded in the same
/// test and the ratio is asserted, never a time; the time is the loading thread's processor time, which other
/// processes and tests barely change.
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

        // A thousand feeds load in a few clock ticks: four loads make one measurement, so that a tick is small in it.
        var runs = Enumerable.Range(0, 3).Select(_ => (Small: Load(small, times: 4), Large: Load(large, times: 4))).ToList();
        var smallCost = runs.Select(r => r.Small).ToList();
        var largeCost = runs.Select(r => r.Large).ToList();

        // The least of three runs: a run that a collection or another test slowed says nothing about the code.
        var timeRatio = largeCost.Min(c => c.Time) / smallCost.Min(c => c.Time);
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
    private static (double Time, long Bytes) Load(string path, int times = 1)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var started = ThreadTime();
        for (var i = 0; i < times; i++)
        {
            var configuration = new ConfigurationBuilder().AddNewsBotSettings(path).Build();
            using (configuration as IDisposable)
            {
                _ = SettingsLoader.Load(configuration);
            }
        }
        return (ThreadTime() - started, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    /// <summary>
    /// The calling thread's processor time in clock ticks where Linux tells it (/proc/thread-self/stat, fields 14 and
    /// 15: user and system time), else the elapsed time in milliseconds.
    /// </summary>
    private static double ThreadTime()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
        }
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' '); // from field 3 on: the name may hold spaces
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    public void Dispose() => _directory.Dispose();
}
