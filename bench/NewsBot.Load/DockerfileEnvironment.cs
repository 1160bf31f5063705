namespace NewsBot.Load;

/// <summary>
/// The runtime knobs the image sets (the Dockerfile's <c>ENV DOTNET_…</c> lines), so that a load run measures the
/// bot as the image runs it; <c>--env</c> overrides them.
/// </summary>
public static class DockerfileEnvironment
{
    public static Dictionary<string, string> Read(string repository) =>
        File.ReadLines(Path.Combine(repository, "Dockerfile"))
            .Where(l => l.StartsWith("ENV DOTNET_", StringComparison.Ordinal))
            .Select(l => l["ENV ".Length..].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);
}
