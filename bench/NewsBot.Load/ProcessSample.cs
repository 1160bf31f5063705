namespace NewsBot.Load;

/// <summary>One reading of a process from /proc: CPU time so far, resident memory now and at its peak.</summary>
public sealed record ProcessSample(TimeSpan At, TimeSpan Cpu, long RssBytes, long PeakRssBytes)
{
    /// <summary>Linux's clock ticks per second for /proc/PID/stat (USER_HZ, 100 on every mainstream kernel).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Reads /proc/<paramref name="pid"/>, or null once the process is gone.</summary>
    public static ProcessSample? Read(int pid, TimeSpan at)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            var status = File.ReadAllLines($"/proc/{pid}/status");
            // A process that has ended but not been reaped yet has no memory lines.
            return Kilobytes(status, "VmRSS:") is { } rss && Kilobytes(status, "VmHWM:") is { } peak
                ? new ProcessSample(at, TimeSpan.FromSeconds(ticks / TicksPerSecond), rss * 1024, peak * 1024)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long? Kilobytes(string[] status, string key) =>
        status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
