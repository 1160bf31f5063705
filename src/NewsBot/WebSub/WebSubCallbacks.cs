using System.Globalization;
using NewsBot.Fetching;
using NewsBot.Hosting;

namespace NewsBot.WebSub;

/// <summary>
/// The callbacks hubs call, under /websub/{callback id} on the web host: the verification GET of a request this bot
/// made, answered with the challenge; and signed deliveries, accepted at once (202) and processed after.
/// </summary>
public sealed partial class WebSubCallbacks(
    ISubscriptionStore store, PushDeliveries deliveries, CurrentSettings settings, TimeProvider time, ILogger<WebSubCallbacks> logger)
{
    public const string Path = "/websub/{id}";

    public async Task<IResult> VerifyAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var (mode, topic, challenge) = ((string?)query["hub.mode"], (string?)query["hub.topic"], (string?)query["hub.challenge"]);
        if (await store.FindAsync(id, cancellationToken) is not { } subscription || subscription.Topic != topic)
        {
            return TypedResults.NotFound();
        }
        if (mode == "denied")
        {
            LogDenied(subscription.Feed, subscription.Hub, query["hub.reason"].ToString());
            await store.RemoveAsync(id, cancellationToken);
            return TypedResults.Ok();
        }
        if (mode != subscription.Pending || string.IsNullOrEmpty(challenge))
        {
            return TypedResults.NotFound();
        }
        await RecordVerifiedAsync(subscription, query["hub.lease_seconds"], cancellationToken);
        return TypedResults.Text(challenge, "text/plain");
    }

    public async Task<IResult> DeliverAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } subscription)
        {
            LogUnknownCallback();
            return TypedResults.NotFound();
        }
        if (settings.Feed(subscription.Feed) is not { Push: true })
        {
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            LogTooLarge(subscription.Feed);
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (!DeliverySignature.IsValid(request.Headers["X-Hub-Signature"], subscription.Secret, body))
        {
            // Answered like a good one (as the Recommendation asks), so a forger learns nothing; but not processed.
            LogBadSignature(subscription.Feed);
            return TypedResults.Accepted((string?)null);
        }
        var charset = System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.CharSet : null;
        deliveries.Add(new PushDelivery(subscription.Feed, new FetchResult.Fetched(body, FeedValidators.None, charset, new Uri(subscription.Topic))));
        return TypedResults.Accepted((string?)null);
    }

    private async Task RecordVerifiedAsync(Subscription subscription, string? leaseSeconds, CancellationToken cancellationToken)
    {
        if (subscription.Pending == Subscription.Unsubscribe)
        {
            await store.RemoveAsync(subscription.CallbackId, cancellationToken);
            return;
        }
        var lease = int.TryParse(leaseSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : HubClient.RequestedLease;
        var now = time.GetUtcNow();
        await store.VerifiedAsync(subscription.CallbackId, now, now + lease, cancellationToken);
        LogVerified(subscription.Feed, subscription.Hub, lease.TotalSeconds);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.ContentLength > FeedFetcher.MaxBodyBytes ? null : await FeedFetcher.ReadLimitedAsync(request.Body, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: WebSub hub {Hub} verified the subscription for {LeaseSeconds:0} s")]
    private partial void LogVerified(string feed, string hub, double leaseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub hub {Hub} denied the subscription ({Reason}); polling at the feed's own interval")]
    private partial void LogDenied(string feed, string hub, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub delivery to an unknown callback; ignored")]
    private partial void LogUnknownCallback();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub delivery over the size limit; ignored")]
    private partial void LogTooLarge(string feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub delivery with a bad or missing X-Hub-Signature; ignored")]
    private partial void LogBadSignature(string feed);
}
