using System.Diagnostics;

namespace NewsBot.Load;

/// <summary>
/// The real published bot, <c>dotnet NewsBot.dll run --config FILE</c>, in a folder of its own, its output in
/// files there, sampled from /proc once a second.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly List<ProcessSample> _samples = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private BotProcess(Process process, Stopwatch clock)
    {
        _process = process;
        _clock = clock;
        _sampling = SampleAsync(_stop.Token);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Publishes src/NewsBot exactly as the Dockerfile does, into <paramref name="output"/>.</summary>
    public static async Task PublishAsync(string repository, string output)
    {
        var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(repository, "src/NewsBot/NewsBot.csproj"), "--configuration", "Release", "--use-current-runtime", "--self-contained", "false", "--output", output])
        { RedirectStandardOutput = true })!;
        var log = await publish.StandardOutput.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{log}");
        }
    }

    public static BotProcess Start(string binary, string folder, string settings, IReadOnlyDictionary<string, string> environment, Stopwatch clock)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
        };
        // exec: the shell becomes the bot, so the id sampled is the bot's; its output goes to files, not through pipes.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec dotnet \"$0\" run --config \"$1\" >bot.out 2>bot.err");
        info.ArgumentList.Add(Path.Combine(binary, "NewsBot.dll"));
        info.ArgumentList.Add(settings);
        info.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return new BotProcess(Process.Start(info)!, clock);
    }

    public IReadOnlyList<ProcessSample> Samples()
    {
        lock (_lock)
        {
            return [.. _samples];
        }
    }

    /// <summary>SIGTERM, as docker stop sends, then waits for the exit.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
    }

    private async Task SampleAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (ProcessSample.Read(_process.Id, _clock.Elapsed) is { } sample)
                {
                    lock (_lock)
                    {
                        _samples.Add(sample);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
        _stop.Dispose();
    }
}
