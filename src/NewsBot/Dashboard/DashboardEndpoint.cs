using NewsBot.Hosting;

namespace NewsBot.Dashboard;

/// <summary>The status page (/) and each feed's page (/feeds/NAME) on the web endpoint, behind optional basic auth.</summary>
public static class DashboardEndpoint
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<NextPolls>();
        services.AddSingleton<StatusReader>();
        services.AddSingleton<FeedDetailReader>();
    }

    public static void MapDashboard(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<CurrentSettings>();
        var pages = app.MapGroup("").AddEndpointFilter(async (context, next) =>
            BasicAuth.Allows(context.HttpContext.Request, settings.Value.Dashboard.Password)
                ? await next(context)
                : Refuse(context.HttpContext));
        pages.MapGet("/", async (StatusReader reader, CancellationToken cancel) =>
            Results.Content(StatusPage.Render(await reader.ReadAsync(cancel)), HtmlType));
        pages.MapGet("/feeds/{name}", async (string name, FeedDetailReader reader, CancellationToken cancel) =>
            await reader.ReadAsync(name, cancel) is { } detail ? Results.Content(FeedPage.Render(detail), HtmlType) : Results.NotFound());
    }

    private static IResult Refuse(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"NewsBot\", charset=\"UTF-8\"";
        return Results.Unauthorized();
    }
}
