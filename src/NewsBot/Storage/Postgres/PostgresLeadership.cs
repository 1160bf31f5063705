using System.Data.Common;
using Dapper;
using NewsBot.Cluster;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// Leadership among instances sharing one database: a session-level advisory lock held on a connection of its own.
/// PostgreSQL frees it when that connection ends, so a killed leader's lock passes to another instance.
/// </summary>
public sealed class PostgresLeadership(PostgresDatabase database) : IUpdatesLeadership
{
    /// <summary>"NewsBot" + 1: the Telegram updates reader (the schema upgrade uses a lock of its own).</summary>
    private const long UpdatesReaderLock = 0x4E657773426F7401;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DbConnection? _held;

    public async Task<bool> LeadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await StillHeldAsync(cancellationToken) || await TryTakeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> StillHeldAsync(CancellationToken cancellationToken)
    {
        if (_held is null)
        {
            return false;
        }
        try
        {
            await _held.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return true;
        }
        catch (DbException)
        {
            await ReleaseAsync(); // the session, and the lock with it, is gone
            return false;
        }
    }

    private async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenSessionAsync(cancellationToken);
        var taken = await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition("SELECT pg_try_advisory_lock(@key)", new { key = UpdatesReaderLock }, cancellationToken: cancellationToken));
        if (taken)
        {
            _held = connection;
        }
        else
        {
            await connection.DisposeAsync();
        }
        return taken;
    }

    private async Task ReleaseAsync()
    {
        if (_held is not null)
        {
            await _held.DisposeAsync();
            _held = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        _gate.Dispose();
    }
}
