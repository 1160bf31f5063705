using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;
using NewsBot.Benchmarks.Compare;

// dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/NewsBot.Benchmarks -- compare ../shared/corpus OUT_DIR
if (args is ["compare", var folder, var outFolder])
{
    return CompareCommand.Run(folder, outFolder);
}
BenchmarkSwitcher.FromAssembly(typeof(FeedParserBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()));
return 0;
