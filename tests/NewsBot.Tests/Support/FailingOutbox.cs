using Microsoft.Data.Sqlite;
using NewsBot.Core.Formatting;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>An outbox whose storage can be made to fail: every call while <see cref="Down"/>, or the next few MarkSent calls.</summary>
public sealed class FailingOutbox(IOutbox inner) : IOutbox
{
    private int _calls;
    private int _markSentFailures;

    /// <summary>Every call throws, as SQLite does on a full disk.</summary>
    public bool Down { get; set; }

    /// <summary>Calls that reached storage or failed on it.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The next <paramref name="times"/> MarkSent calls fail: the post went out, its result cannot be stored.</summary>
    public void FailMarkSent(int times) => Volatile.Write(ref _markSentFailures, times);

    public Task<OutboxEntry?> ClaimNextAsync(string channel, string owner, DateTimeOffset now, TimeSpan lease, SendBudget budget, CancellationToken cancellationToken)
    {
        Enter();
        return inner.ClaimNextAsync(channel, owner, now, lease, budget, cancellationToken);
    }

    public Task<IReadOnlySet<string>> DueChannelsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Enter();
        return inner.DueChannelsAsync(now, cancellationToken);
    }

    public Task MarkSentAsync(long id, long messageId, DateTimeOffset sentAt, OutgoingPost? rendered, CancellationToken cancellationToken)
    {
        Enter();
        return Interlocked.Decrement(ref _markSentFailures) >= 0 ? throw Full() : inner.MarkSentAsync(id, messageId, sentAt, rendered, cancellationToken);
    }

    public Task EndEditsAsync(long id, EditsEnd why, string reason, CancellationToken cancellationToken)
    {
        Enter();
        return inner.EndEditsAsync(id, why, reason, cancellationToken);
    }

    public Task ReplyInsteadAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Enter();
        return inner.ReplyInsteadAsync(id, now, cancellationToken);
    }

    public Task RetryLaterAsync(long id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken)
    {
        Enter();
        return inner.RetryLaterAsync(id, notBefore, reason, cancellationToken);
    }

    public Task PostponeAsync(long id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        Enter();
        return inner.PostponeAsync(id, notBefore, cancellationToken);
    }

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken)
    {
        Enter();
        return inner.MarkFailedAsync(id, reason, cancellationToken);
    }

    public Task<int> CombineIntoDigestAsync(string channel, int keep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Enter();
        return inner.CombineIntoDigestAsync(channel, keep, now, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, int>> DepthByChannelAsync(CancellationToken cancellationToken)
    {
        Enter();
        return inner.DepthByChannelAsync(cancellationToken);
    }

    private void Enter()
    {
        Interlocked.Increment(ref _calls);
        if (Down)
        {
            throw Full();
        }
    }

    private static SqliteException Full() => new("SQLite Error 13: 'database or disk is full'.", 13);
}
