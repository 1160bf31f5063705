using NewsBot.Dashboard;
using NewsBot.Monitoring;

namespace NewsBot.Hosting;

/// <summary>Builds the bot's host from the settings file and the environment, with its health and metrics endpoint.</summary>
public static class NewsBotHost
{
    public static WebApplication Build(string? configPath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        // Only our sources: a stray ./appsettings.json must not be merged into the settings.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddNewsBotSettings(configPath);
        builder.Logging.ClearProviders();
        var notes = new List<string>();
        var settings = SettingsLoader.Load(builder.Configuration, notes);
        builder.Services.AddNewsBot(builder.Configuration, settings);
        builder.Services.AddSingleton(new SettingsFile(SettingsLoader.PathOf(configPath)));
        builder.Services.AddSingleton<OpmlFileWatch>();
        builder.Services.AddHostedService<SettingsReloader>();
        builder.AddMonitoringEndpoint();
        builder.Services.AddDashboard();
        var app = builder.Build();
        app.MapMonitoring();
        app.MapDashboard();
        SettingsNotes.Log(app.Services.GetRequiredService<ILogger<SettingsReloader>>(), notes);
        return app;
    }
}
