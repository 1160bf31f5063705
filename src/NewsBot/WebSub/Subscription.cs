namespace NewsBot.WebSub;

/// <summary>One feed's WebSub subscription as stored: its callback, secret, hub and where it stands.</summary>
public sealed record Subscription(
    string CallbackId,
    string Feed,
    string Topic,
    string Hub,
    string Secret,
    string? Pending,
    DateTimeOffset RequestedAt,
    DateTimeOffset? LeaseUntil,
    DateTimeOffset? VerifiedAt)
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";

    /// <summary>A hub verified it and its lease has not run out: deliveries are expected.</summary>
    public bool IsActive(DateTimeOffset now) => LeaseUntil > now;

    /// <summary>Due for renewal: 80 % of the lease the hub granted has gone by.</summary>
    public bool IsDueForRenewal(DateTimeOffset now) =>
        Pending is null && VerifiedAt is { } verified && LeaseUntil is { } until && now >= verified + ((until - verified) * 0.8);
}
