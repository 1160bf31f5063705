namespace NewsBot.Monitoring;

/// <summary>Where a process on the same machine reaches the endpoint that Urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS configure.</summary>
public static class LocalUrls
{
    /// <summary>The /healthz URL on loopback, or null when the endpoint is off.</summary>
    public static Uri? HealthzOf(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        if (urls is null)
        {
            var port = configuration["http_ports"]?.Split(';', ',')[0].Trim();
            urls = port is null ? MonitoringEndpoint.DefaultUrl : $"http://127.0.0.1:{port}";
        }
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is null ? null : new UriBuilder(Loopback(first)) { Path = "/healthz" }.Uri;
    }

    /// <summary>A listen-on-all address (0.0.0.0, [::], +, *) is reached on 127.0.0.1.</summary>
    private static string Loopback(string url) =>
        url.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
}
