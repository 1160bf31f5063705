using System.Diagnostics;
using System.Text;

namespace NewsBot.Tests.Support;

/// <summary>
/// The real NewsBot binary as a child process, the way an operator runs it: its own working directory, a settings
/// file, environment overrides, and its output captured for assertions.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _lock = new();

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string StandardOutput => Read(_stdout);
    public string StandardError => Read(_stderr);
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>NewsBot args…</c> in <paramref name="workingDirectory"/>.</summary>
    public static HostProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // A free port unless the test says where: hosts of tests running in parallel must not all take 8080.
        var chosen = environment ?? new Dictionary<string, string>();
        if (!chosen.Keys.Any(k => k is "Urls" or "ASPNETCORE_URLS" or "ASPNETCORE_HTTP_PORTS"))
        {
            info.Environment["Urls"] = "http://127.0.0.1:0";
        }
        foreach (var (key, value) in chosen)
        {
            info.Environment[key] = value;
        }
        return new HostProcess(Process.Start(info)!);
    }

    /// <summary>Runs to completion (a CLI verb) and returns the exit code.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        await using var process = Start(workingDirectory, null, args);
        await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, process.StandardOutput, process.StandardError);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"NewsBot exited ({_process.ExitCode}) while waiting for {what}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The health and metrics endpoint's address (start the host with Urls=http://127.0.0.1:0 to get a free port).</summary>
    public async Task<Uri> EndpointAsync(TimeSpan timeout)
    {
        await WaitUntilAsync(() => ListeningOn().Success, timeout, "the health endpoint to listen");
        return new Uri(ListeningOn().Groups[1].Value);
    }

    private System.Text.RegularExpressions.Match ListeningOn() =>
        System.Text.RegularExpressions.Regex.Match(StandardError, @"Now listening on: (http://\S+)");

    /// <summary>SIGTERM, as docker stop and systemd send it.</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>SIGKILL: no chance to clean up, like a power cut or an OOM kill.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill.WaitForExit();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            buffer.AppendLine(line);
        }
    }

    private string Read(StringBuilder buffer)
    {
        lock (_lock)
        {
            return buffer.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
