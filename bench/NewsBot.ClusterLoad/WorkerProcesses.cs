using System.Diagnostics;

namespace NewsBot.ClusterLoad;

/// <summary>Starts this harness again as worker processes (one per instance) and collects their results.</summary>
public static class WorkerProcesses
{
    public static async Task<List<WorkerResult>> RunAsync(string mode, int count, IEnumerable<string> arguments)
    {
        var started = Enumerable.Range(1, count).Select(n => Start(mode, $"instance-{n}", arguments)).ToList();
        var outputs = await Task.WhenAll(started.Select(WaitAsync));
        return outputs.SelectMany(o => o.Split('\n')).Select(WorkerResult.FromLine).OfType<WorkerResult>().ToList();
    }

    private static Process Start(string mode, string instanceId, IEnumerable<string> arguments)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(WorkerProcesses).Assembly.Location);
        }
        foreach (var argument in (IEnumerable<string>)[mode, instanceId, .. arguments])
        {
            info.ArgumentList.Add(argument);
        }
        return Process.Start(info)!;
    }

    private static async Task<string> WaitAsync(Process process)
    {
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"a worker exited with {process.ExitCode}:\n{output}");
    }
}
