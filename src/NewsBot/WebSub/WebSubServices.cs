namespace NewsBot.WebSub;

/// <summary>The WebSub subscriber's wiring, and its callbacks on the web host.</summary>
public static class WebSubServices
{
    public static IServiceCollection AddWebSub(this IServiceCollection services)
    {
        services.AddSingleton<HubClient>();
        services.AddSingleton<WebSubSubscriber>();
        services.AddSingleton<PushSafetyNet>();
        services.AddSingleton<HubSilence>();
        services.AddSingleton<PushDeliveries>();
        services.AddSingleton<WebSubCallbacks>();
        services.AddHostedService<PushProcessor>();
        services.AddHostedService<WebSubMaintainer>();
        return services;
    }

    /// <summary>GET answers a hub's verification, POST takes its deliveries; a callback id no subscription has is 404.</summary>
    public static void MapWebSub(this WebApplication app)
    {
        app.MapGet(WebSubCallbacks.Path, (string id, HttpRequest request, WebSubCallbacks callbacks, CancellationToken cancellationToken) =>
            callbacks.VerifyAsync(id, request, cancellationToken));
        app.MapPost(WebSubCallbacks.Path, (string id, HttpRequest request, WebSubCallbacks callbacks, CancellationToken cancellationToken) =>
            callbacks.DeliverAsync(id, request, cancellationToken));
    }
}
