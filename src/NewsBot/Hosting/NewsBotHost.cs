namespace NewsBot.Hosting;

/// <summary>Builds the bot's host from the settings file and the environment.</summary>
public static class NewsBotHost
{
    public static IHost Build(string? configPath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        builder.Configuration.AddNewsBotSettings(configPath);
        var settings = SettingsLoader.Load(builder.Configuration);
        builder.Services.AddNewsBot(builder.Configuration, settings);
        return builder.Build();
    }
}
