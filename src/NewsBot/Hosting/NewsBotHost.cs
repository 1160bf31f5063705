using NewsBot.Dashboard;
using NewsBot.Monitoring;
using NewsBot.WebSub;

namespace NewsBot.Hosting;

/// <summary>Builds the bot's host from the settings file and the environment, with its health and metrics endpoint.</summary>
public static class NewsBotHost
{
    public static WebApplication Build(string? configPath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            // The host's default appsettings.json sources (removed below) would watch the working directory and all
            // below it, data/ included: a file watcher woken by every SQLite write, a tenth of the processor time at
            // 10,000 feeds. The settings file has its own watcher.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
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
        app.MapWebSub();
        return app;
    }
}
