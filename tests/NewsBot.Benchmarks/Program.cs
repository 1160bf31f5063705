using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;

// dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(FeedParserBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()));
