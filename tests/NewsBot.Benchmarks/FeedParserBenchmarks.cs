using BenchmarkDotNet.Attributes;
using NewsBot.Core.Feeds;
using NewsBot.Testing;

namespace NewsBot.Benchmarks;

/// <summary>Parser throughput on real feeds of different shapes and sizes (see <see cref="ThroughputColumn"/>).</summary>
[MemoryDiagnoser]
public class FeedParserBenchmarks
{
    private byte[] data = [];
    private ParsedFeed feed = new();

    [Params(
        "realworld/rsparser/lanacion.xml",
        "realworld/feedreader/Rss20IndianExpress.xml",
        "realworld/rsparser/DaringFireball.atom",
        "realworld/feedreader/Rss10OrfAt.xml")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        data = System.IO.File.ReadAllBytes(CorpusFiles.PathOf(File));
        feed = FeedParser.Parse(data);
    }

    [Benchmark(Baseline = true)]
    public ParsedFeed Parse() => FeedParser.Parse(data);

    [Benchmark]
    public string ToJsonLine() => FeedJsonl.ToJsonLine(File, data.Length, feed, null);
}
