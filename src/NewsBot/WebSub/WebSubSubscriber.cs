using System.Security.Cryptography;
using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.WebSub;

/// <summary>
/// Subscribes a feed to the hub it advertises, each subscription with its own unguessable callback URL and random
/// secret, and unsubscribes it. A hub's refusal is logged and the feed simply goes on being polled.
/// </summary>
public sealed partial class WebSubSubscriber(
    ISubscriptionStore store, HubClient hub, HubSilence silence, CurrentSettings settings, TimeProvider time, ILogger<WebSubSubscriber> logger)
{
    // What each feed last advertised: an unchanged feed (304, same body) still subscribes once push is turned on.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Hub, string? Topic)> _advertised = new(StringComparer.Ordinal);

    /// <summary>Called after each good fetch with what it advertised; subscribes when push is wanted and no subscription stands.</summary>
    public async Task DiscoveredAsync(FeedSettings feed, string? hubUrl, string? topic, CancellationToken cancellationToken)
    {
        _advertised[feed.Name] = (hubUrl, topic);
        if (!settings.Value.WebSub.IsOn || !feed.Push || hubUrl is null || topic is null || !IsHttp(hubUrl) || !IsHttp(topic)
            || silence.IsSilent(feed.Name, hubUrl))
        {
            return;
        }
        var existing = (await store.AllAsync(cancellationToken)).Where(s => s.Feed == feed.Name).ToList();
        if (existing.Exists(s => s.Topic == topic && s.Hub == hubUrl && s.Pending != Subscription.Unsubscribe))
        {
            return;
        }
        var subscription = new Subscription(Token(24), feed.Name, topic, hubUrl, Token(32), Subscription.Subscribe, time.GetUtcNow(), null, null);
        await store.AddAsync(subscription, cancellationToken);
        LogSubscribing(feed.Name, hubUrl, topic);
        await SendAsync(subscription, Subscription.Subscribe, cancellationToken);
    }

    /// <summary>Called after an unchanged fetch: the feed still advertises what it did last time it was read.</summary>
    public Task UnchangedAsync(FeedSettings feed, CancellationToken cancellationToken) =>
        _advertised.TryGetValue(feed.Name, out var last) ? DiscoveredAsync(feed, last.Hub, last.Topic, cancellationToken) : Task.CompletedTask;

    /// <summary>Asks the hub again before the lease ends, with the same callback and secret.</summary>
    public async Task RenewAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (await store.ClaimRequestAsync(subscription.CallbackId, Subscription.Subscribe, time.GetUtcNow(), cancellationToken))
        {
            await SendAsync(subscription, Subscription.Subscribe, cancellationToken);
        }
    }

    public async Task UnsubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (await store.ClaimRequestAsync(subscription.CallbackId, Subscription.Unsubscribe, time.GetUtcNow(), cancellationToken))
        {
            LogUnsubscribing(subscription.Feed, subscription.Hub);
            await SendAsync(subscription, Subscription.Unsubscribe, cancellationToken);
        }
    }

    public string CallbackUrl(Subscription subscription) => $"{settings.Value.WebSub.CallbackBaseUrl.Trim().TrimEnd('/')}/websub/{subscription.CallbackId}";

    private async Task SendAsync(Subscription subscription, string mode, CancellationToken cancellationToken)
    {
        string? refused;
        try
        {
            refused = await hub.RequestAsync(subscription, mode, CallbackUrl(subscription), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            refused = e.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            refused = $"no answer within {HubClient.Timeout.TotalSeconds:0} s";
        }
        if (refused is not null)
        {
            // Refused or unreachable: forget it; the feed is polled as usual and a later fetch tries again.
            LogRefused(subscription.Feed, mode, subscription.Hub, refused);
            await store.RemoveAsync(subscription.CallbackId, cancellationToken);
        }
    }

    private static string Token(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: subscribing at WebSub hub {Hub} to {Topic}")]
    private partial void LogSubscribing(string feed, string hub, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: unsubscribing at WebSub hub {Hub}")]
    private partial void LogUnsubscribing(string feed, string hub);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: WebSub {Mode} at hub {Hub} failed: {Reason}; the feed is polled as usual")]
    private partial void LogRefused(string feed, string mode, string hub, string reason);
}
