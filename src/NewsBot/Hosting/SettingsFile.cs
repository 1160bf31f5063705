namespace NewsBot.Hosting;

/// <summary>The settings file in use (config/appsettings.json or --config's), which the reloader checks on every edit.</summary>
public sealed record SettingsFile(string Path);
