using System.Net;
using NewsBot.Fetching;

namespace NewsBot.WebSub;

/// <summary>Sends subscribe and unsubscribe requests to a hub, following its 307/308 redirects, through the feeds' HTTP client.</summary>
public sealed class HubClient(IHttpClientFactory httpClientFactory)
{
    /// <summary>Asked of hubs; a hub may grant less, and says so in its verification.</summary>
    public static readonly TimeSpan RequestedLease = TimeSpan.FromDays(10);

    /// <summary>How long a hub may take to answer a request.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Null when the hub accepted the request (2xx), else why not.</summary>
    public async Task<string?> RequestAsync(Subscription subscription, string mode, string callbackUrl, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(FeedFetcher.HttpClientName);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var hub = new Uri(subscription.Hub);
        for (var hop = 0; hop <= FeedFetcher.MaxRedirects; hop++)
        {
            using var response = await client.PostAsync(hub, Form(subscription, mode, callbackUrl), deadline.Token);
            if (response.StatusCode is not (HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect) || response.Headers.Location is null)
            {
                return response.IsSuccessStatusCode ? null : $"the hub answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            hub = new Uri(hub, response.Headers.Location);
        }
        return $"more than {FeedFetcher.MaxRedirects} redirects";
    }

    private static FormUrlEncodedContent Form(Subscription subscription, string mode, string callbackUrl) => new(new Dictionary<string, string>
    {
        ["hub.mode"] = mode,
        ["hub.topic"] = subscription.Topic,
        ["hub.callback"] = callbackUrl,
        ["hub.lease_seconds"] = ((int)RequestedLease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["hub.secret"] = subscription.Secret,
    });
}
