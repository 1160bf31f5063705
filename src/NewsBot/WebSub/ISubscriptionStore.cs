namespace NewsBot.WebSub;

/// <summary>WebSub subscriptions, kept in storage so that a restart and every instance know them.</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> FindAsync(string callbackId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Records a new subscription request (pending subscribe).</summary>
    Task AddAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Marks a request as sent; true for the one instance whose claim took (the others leave it be).</summary>
    Task<bool> ClaimRequestAsync(string callbackId, string mode, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The hub verified a subscribe: active until <paramref name="leaseUntil"/>.</summary>
    Task VerifiedAsync(string callbackId, DateTimeOffset at, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task RemoveAsync(string callbackId, CancellationToken cancellationToken);
}

/// <summary>Questions about the subscriptions that /feeds and the status page ask alike.</summary>
public static class SubscriptionQueries
{
    /// <summary>The hub of each feed pushed now (its lease not run out), by feed name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> PushingHubsAsync(this ISubscriptionStore store, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await store.AllAsync(cancellationToken)).Where(s => s.IsActive(now)).GroupBy(s => s.Feed).ToDictionary(g => g.Key, g => g.First().Hub);
}
