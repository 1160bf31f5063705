using NewsBot.Core.Settings;
using Serilog.Events;

namespace NewsBot.Hosting;

/// <summary>Checks Logging:Format and Serilog:MinimumLevel, which Serilog would otherwise reject with a crash at start.</summary>
public static class LoggingSettings
{
    public static IEnumerable<SettingsError> Validate(IConfiguration configuration)
    {
        if (configuration["Logging:Format"] is { } format && format.ToLowerInvariant() is not ("text" or "json"))
        {
            yield return new("Logging:Format", $"'{format}' is not one of text, json");
        }
        var minimum = configuration.GetSection("Serilog:MinimumLevel");
        var levels = minimum.Value is not null
            ? [minimum]
            : new[] { minimum.GetSection("Default") }.Concat(minimum.GetSection("Override").GetChildren());
        foreach (var level in levels.Where(l => l.Value is not null && !IsLevel(l.Value)))
        {
            yield return new(level.Path, $"'{level.Value}' is not a log level ({string.Join(", ", Enum.GetNames<LogEventLevel>())})");
        }
    }

    private static bool IsLevel(string value) => !int.TryParse(value, out _) && Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out _);
}
