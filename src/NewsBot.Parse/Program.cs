using NewsBot.Core.Feeds.Files;

// newsbot-parse: the parse verb of NewsBot as a program of its own, published NativeAOT with its own runtime
// settings (NewsBot.Parse.csproj), so that timing the parser times neither the service's start nor its settings.
const string Usage = "Usage: newsbot-parse PATH... [--jsonl]\n"
    + "Parses feed files (a folder: its files, recursively) and prints a line per file; --jsonl: one JSON line per file in the corpus schema.";

var jsonl = args.Contains("--jsonl");
var paths = args.Where(a => a != "--jsonl").ToList();
if (args.Any(a => a is "-h" or "--help"))
{
    Console.WriteLine(Usage);
    return 0;
}
if (paths.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
{
    Console.Error.WriteLine($"Unknown option: {unknown}\n{Usage}");
    return 2;
}
if (paths.Count == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
return FeedFilesReport.Write(paths, jsonl, Console.OpenStandardOutput(), Console.Error);
