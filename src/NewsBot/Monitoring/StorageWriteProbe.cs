using Dapper;
using NewsBot.Storage;

namespace NewsBot.Monitoring;

/// <summary>
/// Asks storage to take a write that changes nothing, rolled back. It needs the write lock, which a read does not
/// (SQLite's WAL lets reads through while another connection holds the write lock), so a database that every loop
/// waits for shows here before their commands time out. One probe at a time: while one waits, checks report its wait.
/// </summary>
internal sealed class StorageWriteProbe(IStorageDatabase database, TimeProvider time)
{
    /// <summary>Longer than any healthy write takes; shorter than a readiness probe's timeout.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private Task _probe = Task.CompletedTask;
    private DateTimeOffset _startedAt;

    /// <summary>Null when storage took the write within <see cref="Patience"/>; else what went wrong.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var (probe, startedAt) = Current();
        try
        {
            await probe.WaitAsync(Patience, time, cancellationToken);
            return null;
        }
        catch (TimeoutException) when (!probe.IsCompleted)
        {
            return $"a write has waited {(time.GetUtcNow() - startedAt).TotalSeconds:0} s (the database is locked or slow)";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return e.Message;
        }
    }

    private (Task Probe, DateTimeOffset StartedAt) Current()
    {
        lock (_lock)
        {
            if (_probe.IsCompleted)
            {
                _startedAt = time.GetUtcNow();
                _probe = Task.Run(WriteNothingAsync);
            }
            return (_probe, _startedAt);
        }
    }

    private async Task WriteNothingAsync()
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("UPDATE feed_state SET feed = feed WHERE 1 = 0", transaction: transaction);
        await transaction.RollbackAsync();
    }
}
