using System.Net;

namespace NewsBot.Tests.Support;

/// <summary>Asks a running bot's /readyz twice a second and remembers whether it ever answered 503 naming storage.</summary>
public sealed class ReadinessWatch : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private volatile string? _storageUnready;
    private volatile bool _ready;

    private ReadinessWatch(Uri endpoint) => _watching = WatchAsync(new Uri(endpoint, "/readyz"));

    /// <summary>The body of the first 503 whose storage check was unhealthy, or null.</summary>
    public string? StorageUnready => _storageUnready;

    /// <summary>Whether the last answer was 200.</summary>
    public bool Ready => _ready;

    public static async Task<ReadinessWatch> StartAsync(HostProcess host) => new(await host.EndpointAsync(TimeSpan.FromSeconds(60)));

    private async Task WatchAsync(Uri readyz)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var response = await _client.GetAsync(readyz, _stop.Token);
                var body = await response.Content.ReadAsStringAsync(_stop.Token);
                _ready = response.StatusCode == HttpStatusCode.OK;
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && body.Contains("\"storage\":{\"status\":\"Unhealthy\"", StringComparison.Ordinal))
                {
                    _storageUnready ??= body;
                }
                await Task.Delay(500, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                _ready = false;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _client.Dispose();
        _stop.Dispose();
    }
}
