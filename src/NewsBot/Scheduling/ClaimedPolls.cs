using System.Collections.Concurrent;
using NewsBot.Hosting;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;

namespace NewsBot.Scheduling;

/// <summary>
/// This instance's polls in clustered mode: a shard's job claims as many of its due feeds as there are free slots,
/// each claimed feed is polled once and handed back with its next turn (in one statement for all the polls that ended
/// in the last tenth of a second), and the claims of polls still running are renewed at every check-in, so that only
/// a dead instance's claims lapse. A hand-back that fails lets its claims lapse: those feeds are polled again after
/// the lease. At stop, unfinished claims are released for the other instances to take at once.
/// </summary>
public sealed partial class ClaimedPolls(
    PostgresFeedClaims claims,
    IClaimedPoll poll,
    ClaimOptions options,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<ClaimedPolls> logger) : BackgroundService
{
    /// <summary>Batches one shard fire claims at most: enough for 10 × PollsInFlight polls a second per shard.</summary>
    private const int RoundsPerFire = 10;

    private static readonly TimeSpan HandBackEvery = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, FeedClaim> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FeedTurn> _polled = new();
    private readonly SemaphoreSlim _slots = new(options.Slots, options.Slots);
    private readonly FaultEpisode _renewFaults = faults.For("Renewing the feeds' claims", logger);
    private readonly FaultEpisode _claimFaults = faults.For("Handing back polled feeds", logger);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>How many claimed polls run now.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>
    /// Claims the shard's due feeds in batches of the free slots, until a batch comes back short (or a few rounds
    /// passed: the fire ends and the next one goes on), and starts their polls without waiting for them.
    /// </summary>
    public async Task ClaimAsync(int shard, CancellationToken cancellationToken)
    {
        for (var round = 0; round < RoundsPerFire; round++)
        {
            var (asked, got) = await ClaimBatchAsync(shard, cancellationToken);
            if (asked == 0 || got < asked)
            {
                return;
            }
        }
    }

    private async Task<(int Asked, int Got)> ClaimBatchAsync(int shard, CancellationToken cancellationToken)
    {
        var free = _stopping.IsCancellationRequested ? 0 : TakeFreeSlots();
        if (free == 0)
        {
            return (0, 0);
        }
        IReadOnlyList<FeedClaim> claimed = [];
        try
        {
            var now = time.GetUtcNow();
            claimed = await claims.ClaimAsync(shard, options.Owner, now, now + options.Lease, free, cancellationToken);
        }
        finally
        {
            if (free > claimed.Count)
            {
                _slots.Release(free - claimed.Count);
            }
        }
        foreach (var claim in claimed)
        {
            _inFlight[claim.Feed] = claim;
            _ = Task.Run(() => PollAsync(claim), CancellationToken.None);
        }
        return (free, claimed.Count);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HandBackEvery, time);
        var renewed = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await _claimFaults.TryAsync(() => HandBackAsync(stoppingToken), stoppingToken);
                if (time.GetUtcNow() - renewed >= options.RenewEvery)
                {
                    renewed = time.GetUtcNow();
                    await _renewFaults.TryAsync(() => RenewAsync(stoppingToken), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await base.StopAsync(cancellationToken);
        // The polls end at their next await; their claims go back for the other instances to take now.
        while (_slots.CurrentCount < options.Slots && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, CancellationToken.None);
        }
        await _claimFaults.TryAsync(() => HandBackAsync(cancellationToken), cancellationToken);
        await _claimFaults.TryAsync(() => claims.ReleaseAllAsync(options.Owner, cancellationToken), cancellationToken);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        _stopping.Dispose();
        base.Dispose();
    }

    /// <summary>Hands back the feeds polled since the last time; they stay claimed (and renewed) until then.</summary>
    private async Task HandBackAsync(CancellationToken cancellationToken)
    {
        var turns = new List<FeedTurn>();
        while (_polled.TryDequeue(out var turn))
        {
            turns.Add(turn);
        }
        if (turns.Count == 0)
        {
            return;
        }
        try
        {
            await claims.CompleteAsync(options.Owner, turns, cancellationToken);
        }
        finally
        {
            turns.ForEach(t => _inFlight.TryRemove(t.Feed, out _));
        }
    }

    private Task RenewAsync(CancellationToken cancellationToken) =>
        _inFlight.IsEmpty ? Task.CompletedTask : claims.RenewAsync(options.Owner, _inFlight.Keys.ToList(), time.GetUtcNow() + options.Lease, cancellationToken);

    private int TakeFreeSlots()
    {
        var taken = 0;
        while (taken < options.Slots && _slots.Wait(0))
        {
            taken++;
        }
        return taken;
    }

    private async Task PollAsync(FeedClaim claim)
    {
        try
        {
            _polled.Enqueue(new FeedTurn(claim.Feed, await poll.PollAsync(claim, _stopping.Token)));
        }
        catch (Exception e)
        {
            // Stopping (the claim is released with the others), or a fault the poll let through: either way the
            // claim is no longer renewed, so that it lapses and the feed is polled again.
            _inFlight.TryRemove(claim.Feed, out _);
            if (!_stopping.IsCancellationRequested)
            {
                LogPollFault(claim.Feed, e);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {Feed} failed outside the poll; it is polled again when its claim lapses")]
    private partial void LogPollFault(string feed, Exception exception);
}
