using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Prometheus;

namespace NewsBot.Monitoring;

/// <summary>
/// The small HTTP endpoint operators' tools use: /healthz (alive), /readyz (able to work), /metrics (Prometheus).
/// It listens where Urls (or ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS) says, http://0.0.0.0:8080 by default; an empty
/// Urls turns it off.
/// </summary>
public static class MonitoringEndpoint
{
    public const string DefaultUrl = "http://0.0.0.0:8080";

    /// <summary>A dry run is someone trying the bot out: its endpoint is for this machine only, unless Urls says otherwise.</summary>
    public const string DryRunUrl = "http://127.0.0.1:8080";
    public const string ReadyTag = "ready";

    public static void AddMonitoringEndpoint(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"];
        if (urls is null && builder.Configuration["http_ports"] is null && builder.Configuration["https_ports"] is null)
        {
            var dryRun = string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]);
            builder.WebHost.UseUrls(dryRun ? DryRunUrl : DefaultUrl);
        }
        else if (urls?.Trim().Length == 0)
        {
            builder.Services.AddSingleton<IServer, NoServer>();
        }
        builder.Services.AddSingleton<StorageWriteProbe>();
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag])
            .AddCheck<PollsHealthCheck>("polls", tags: [ReadyTag]);
    }

    public static void MapMonitoring(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJsonWriter.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthJsonWriter.WriteAsync });
        var registry = app.Services.GetRequiredService<NewsBotMetrics>().Registry;
        registry.AddBeforeCollectCallback(app.Services.GetRequiredService<OutboxDepthSampler>().SampleAsync);
        app.MapMetrics("/metrics", registry);
    }
}
