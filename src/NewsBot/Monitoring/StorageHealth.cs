using System.Collections.Concurrent;

namespace NewsBot.Monitoring;

/// <summary>
/// What the long-running loops last met in storage: a loop that failed on a database error is listed, with the
/// reason, until its next success. /readyz reads it, because a loop's write can fail while a read still answers.
/// </summary>
public sealed class StorageHealth
{
    private readonly ConcurrentDictionary<string, string> _failing = new(StringComparer.Ordinal);

    /// <summary>The failing loops and the error each met.</summary>
    public IReadOnlyDictionary<string, string> Failing => _failing;

    public void Failed(string loop, string reason) => _failing[loop] = reason;

    public void Recovered(string loop) => _failing.TryRemove(loop, out _);
}
