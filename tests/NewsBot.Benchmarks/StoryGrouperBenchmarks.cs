using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NewsBot.Core.Grouping;
using NewsBot.Testing;

namespace NewsBot.Benchmarks;

/// <summary>
/// Grouping a busy hour: dev.jsonl's 2,016 headlines five times over (each copy's words made its own, so five
/// times the stories), squeezed into one hour: about 10,000 reports an hour into one channel's window.
/// </summary>
[MemoryDiagnoser]
public partial class StoryGrouperBenchmarks
{
    private const int Copies = 5;
    private List<GroupingItem> items = [];

    [GlobalSetup]
    public void Setup()
    {
        var titles = File.ReadLines(CorpusFiles.PathOf("../dedup/dev.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString() ?? "").ToList();
        var start = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var count = titles.Count * Copies;
        items = Enumerable.Range(0, count)
            .Select(i => new GroupingItem($"{i}", Word().Replace(titles[i % titles.Count], m => $"{m.Value}{i / titles.Count}"), null, null, start.AddHours((double)i / count)))
            .ToList();
    }

    [Benchmark]
    public int GroupOneHour()
    {
        var grouper = new StoryGrouper(new GroupingOptions());
        return items.Count(item => grouper.Assign(item).Joined);
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
