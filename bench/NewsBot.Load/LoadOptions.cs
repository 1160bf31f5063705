using System.Globalization;

namespace NewsBot.Load;

/// <summary>The harness's parameters, from <c>--name value</c> pairs; a bad or unknown one is an error naming it.</summary>
public sealed record LoadOptions
{
    public int Feeds { get; init; } = 1000;
    public int Channels { get; init; } = 20;
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(5);
    public int Stories { get; init; } = 20;
    public TimeSpan StoriesEvery { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>A published NewsBot folder to run; empty: publish src/NewsBot as the Dockerfile does.</summary>
    public string Binary { get; init; } = "";
    /// <summary>Environment variables for the bot (runtime knobs such as DOTNET_TieredPGO=0).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public const string Usage =
        "dotnet run -c Release --project bench/NewsBot.Load -- [--feeds N] [--channels N] [--interval hh:mm:ss] " +
        "[--duration hh:mm:ss] [--stories N] [--stories-every hh:mm:ss] [--binary DIR] [--env KEY=VALUE]...";

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var environment = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name}: a value is missing");
            options = name switch
            {
                "--feeds" => options with { Feeds = Positive(name, value) },
                "--channels" => options with { Channels = Positive(name, value) },
                "--interval" => options with { Interval = Span(name, value) },
                "--duration" => options with { Duration = Span(name, value) },
                "--stories" => options with { Stories = Positive(name, value) },
                "--stories-every" => options with { StoriesEvery = Span(name, value) },
                "--binary" => options with { Binary = Path.GetFullPath(value) },
                "--env" => AddEnvironment(options, environment, value),
                _ => throw new ArgumentException($"{name}: unknown option"),
            };
        }
        return options with { Environment = environment };
    }

    private static LoadOptions AddEnvironment(LoadOptions options, Dictionary<string, string> environment, string pair)
    {
        var split = pair.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new ArgumentException($"--env: '{pair}' is not KEY=VALUE");
        }
        environment[pair[..split]] = pair[(split + 1)..];
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name}: '{value}' is not a positive number");

    private static TimeSpan Span(string name, string value) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new ArgumentException($"{name}: '{value}' is not a positive time span (hh:mm:ss)");
}
