using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;
using NewsBot.Benchmarks.Compare;
using NewsBot.Benchmarks.Scale;

// dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/NewsBot.Benchmarks -- compare ../shared/corpus OUT_DIR
if (args is ["compare", var folder, var outFolder])
{
    return CompareCommand.Run(folder, outFolder);
}
// dotnet run -c Release --project tests/NewsBot.Benchmarks -- settings-scale src/NewsBot/bin/Release/net10.0/NewsBot.dll 3 1000 4000 10000
// dotnet run -c Release --project tests/NewsBot.Benchmarks -- adaptive-sim 1000 7
if (args is ["adaptive-sim", var feeds, var days])
{
    return AdaptiveCommand.Run(int.Parse(feeds, CultureInfo.InvariantCulture), int.Parse(days, CultureInfo.InvariantCulture));
}
if (args is ["settings-scale", var botDll, var runs, .. var feedCounts])
{
    return await SettingsScaleCommand.RunAsync(botDll, int.Parse(runs, CultureInfo.InvariantCulture), feedCounts.Select(n => int.Parse(n, CultureInfo.InvariantCulture)));
}
BenchmarkSwitcher.FromAssembly(typeof(FeedParserBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new ThroughputColumn()));
return 0;
