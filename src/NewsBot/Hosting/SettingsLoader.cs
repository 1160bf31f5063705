using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>Reads the settings file and the environment, and binds them with errors that name the key.</summary>
public static partial class SettingsLoader
{
    public const string DefaultPath = "config/appsettings.json";

    /// <summary>The settings file (config/appsettings.json, or the one --config names, which replaces it) and environment variables.</summary>
    public static IConfigurationBuilder AddNewsBotSettings(this IConfigurationBuilder builder, string? configPath)
    {
        var path = Path.GetFullPath(configPath ?? DefaultPath);
        if (!File.Exists(path))
        {
            throw new SettingsException([new(configPath is null ? "config/appsettings.json" : "--config", $"settings file not found: {path}")]);
        }
        CheckJson(path);
        return builder.AddJsonFile(path, optional: false, reloadOnChange: true).AddEnvironmentVariables();
    }

    /// <summary>Says where the file's JSON breaks, which the configuration provider would not.</summary>
    private static void CheckJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException e)
        {
            throw new SettingsException([new(path, $"not valid JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}")]);
        }
    }

    /// <summary>Binds and validates; throws <see cref="SettingsException"/> listing every bad key.</summary>
    public static NewsBotSettings Load(IConfiguration configuration)
    {
        var errors = new List<SettingsError>();
        var settings = new NewsBotSettings
        {
            Telegram = Bind<TelegramSettings>(configuration, "Telegram", errors),
            Storage = Bind<StorageSettings>(configuration, "Storage", errors),
            Defaults = Bind<FeedDefaults>(configuration, "Defaults", errors),
            Channels = configuration.GetSection("Channels").GetChildren()
                .ToDictionary(c => c.Key, c => Bind<ChannelSettings>(configuration, c.Path, errors), StringComparer.Ordinal),
            Feeds = configuration.GetSection("Feeds").GetChildren().Select(f => BindFeed(configuration, f.Path, errors)).ToList(),
        };
        errors.AddRange(SettingsValidator.Validate(settings));
        return errors.Count == 0 ? settings : throw new SettingsException(errors);
    }

    /// <summary>A feed gets the Defaults first, then its own keys on top: any feed may override any default.</summary>
    private static FeedSettings BindFeed(IConfiguration configuration, string path, List<SettingsError> errors)
    {
        var feed = Bind<FeedSettings>(configuration, "Defaults", errors);
        var section = configuration.GetSection(path);
        Overlay(section, Bind<FeedSettings>(configuration, path, errors), feed);
        return feed;
    }

    /// <summary>
    /// Copies from <paramref name="source"/> to <paramref name="target"/> each property the section sets: option
    /// objects key by key, lists whole (binding a list onto the defaults' list would append to it).
    /// </summary>
    private static void Overlay(IConfigurationSection section, object source, object target)
    {
        foreach (var child in section.GetChildren())
        {
            var property = target.GetType().GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                continue; // an unknown key, already reported by the binder
            }
            var value = property.GetValue(source);
            if (IsOptionsObject(property.PropertyType) && value is not null && property.GetValue(target) is { } existing)
            {
                Overlay(child, value, existing);
            }
            else
            {
                property.SetValue(target, value);
            }
        }
    }

    private static bool IsOptionsObject(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);

    private static T Bind<T>(IConfiguration configuration, string path, List<SettingsError> errors)
        where T : new()
    {
        var value = new T();
        BindInto(configuration.GetSection(path), value, errors);
        return value;
    }

    private static void BindInto(IConfigurationSection section, object target, List<SettingsError> errors)
    {
        try
        {
            // Unknown keys are errors: a misspelt "Intervall" must not be silently ignored.
            section.Bind(target, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            errors.Add(Describe(section.Path, e));
        }
    }

    private static SettingsError Describe(string sectionPath, InvalidOperationException e)
    {
        if (ValueKey().Match(e.Message) is { Success: true } value)
        {
            return new(value.Groups[1].Value, $"'{(e.InnerException?.Message ?? e.Message)}'".Trim('\''));
        }
        if (UnknownKeys().Match(e.Message) is { Success: true } unknown)
        {
            return new(sectionPath, $"unknown setting(s) {unknown.Groups[1].Value}");
        }
        return new(sectionPath, e.Message);
    }

    [GeneratedRegex("value at '([^']+)'")]
    private static partial Regex ValueKey();

    [GeneratedRegex("were not found on the instance of [^:]+: (.+)$")]
    private static partial Regex UnknownKeys();
}
