using Dapper;
using NewsBot.Storage;

namespace NewsBot.WebSub;

/// <summary>The <see cref="ISubscriptionStore"/> of every SQL provider: these statements read the same in SQLite and PostgreSQL.</summary>
public sealed class SqlSubscriptionStore(IStorageDatabase database) : ISubscriptionStore
{
    private const string Columns = "callback_id AS CallbackId, feed AS Feed, topic AS Topic, hub AS Hub, secret AS Secret, pending AS Pending, " +
        "requested_at AS RequestedAt, lease_until AS LeaseUntil, verified_at AS VerifiedAt";

    public async Task<Subscription?> FindAsync(string callbackId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM websub_subscription WHERE callback_id = @callbackId", new { callbackId });
        return row?.ToSubscription();
    }

    public async Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Row>($"SELECT {Columns} FROM websub_subscription")).Select(r => r.ToSubscription()).ToList();
    }

    public async Task AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO websub_subscription (callback_id, feed, topic, hub, secret, pending, requested_at) " +
            "VALUES (@CallbackId, @Feed, @Topic, @Hub, @Secret, @Pending, @RequestedAt)",
            new { subscription.CallbackId, subscription.Feed, subscription.Topic, subscription.Hub, subscription.Secret, subscription.Pending, RequestedAt = UnixTime.Ms(subscription.RequestedAt) });
    }

    public async Task<bool> ClaimRequestAsync(string callbackId, string mode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE websub_subscription SET pending = @mode, requested_at = @at WHERE callback_id = @callbackId AND (pending IS NULL OR pending <> @mode)",
            new { callbackId, mode, at = UnixTime.Ms(at) }) > 0;
    }

    public async Task VerifiedAsync(string callbackId, DateTimeOffset at, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE websub_subscription SET pending = NULL, verified_at = @at, lease_until = @leaseUntil WHERE callback_id = @callbackId",
            new { callbackId, at = UnixTime.Ms(at), leaseUntil = UnixTime.Ms(leaseUntil) });
    }

    public async Task RemoveAsync(string callbackId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM websub_subscription WHERE callback_id = @callbackId", new { callbackId });
    }

    private sealed record Row(string CallbackId, string Feed, string Topic, string Hub, string Secret, string? Pending, long RequestedAt, long? LeaseUntil, long? VerifiedAt)
    {
        public Subscription ToSubscription() => new(CallbackId, Feed, Topic, Hub, Secret, Pending, UnixTime.From(RequestedAt),
            LeaseUntil is { } lease ? UnixTime.From(lease) : null, VerifiedAt is { } verified ? UnixTime.From(verified) : null);
    }
}
