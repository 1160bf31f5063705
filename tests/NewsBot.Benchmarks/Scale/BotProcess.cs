using System.Diagnostics;

namespace NewsBot.Benchmarks.Scale;

/// <summary>The bot run as its own process (<c>dotnet NewsBot.dll VERB --config PATH</c>), its output read line by line.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<(TimeSpan At, string Line)> _lines = [];
    private readonly long _started = Stopwatch.GetTimestamp();

    public BotProcess(string botDll, string verb, string configPath)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { botDll, verb, "--config", configPath })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Time since the process was started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public bool HasExited => _process.HasExited;

    /// <summary>The processor time the bot has used so far: unlike the elapsed time, other processes on the machine barely change it.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The first line after <paramref name="after"/> containing <paramref name="text"/>, and when (since the start) it came, waiting up to the timeout.</summary>
    public async Task<(TimeSpan At, string Line)?> WaitForAsync(string text, TimeSpan after, TimeSpan timeout)
    {
        var deadline = Elapsed + timeout;
        while (Elapsed < deadline && !_process.HasExited)
        {
            if (Find(text, after) is { } at)
            {
                return at;
            }
            await Task.Delay(20);
        }
        return Find(text, after);
    }

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private (TimeSpan At, string Line)? Find(string text, TimeSpan after)
    {
        lock (_lock)
        {
            return _lines.Where(l => l.At >= after && l.Line.Contains(text, StringComparison.Ordinal))
                .Select(l => ((TimeSpan, string)?)l).FirstOrDefault();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            _lines.Add((Elapsed, line));
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
