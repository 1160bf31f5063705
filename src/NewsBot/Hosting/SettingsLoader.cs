using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Core.Settings;
using NewsBot.Scheduling;

namespace NewsBot.Hosting;

/// <summary>Reads the settings file and the environment, and binds them with errors that name the key.</summary>
public static partial class SettingsLoader
{
    public const string DefaultPath = "config/appsettings.json";

    /// <summary>The settings file (config/appsettings.json, or the one --config names, which replaces it) and environment variables.</summary>
    public static IConfigurationBuilder AddNewsBotSettings(this IConfigurationBuilder builder, string? configPath)
    {
        var path = PathOf(configPath);
        if (!File.Exists(path))
        {
            throw new SettingsException([new(configPath is null ? "config/appsettings.json" : "--config", $"settings file not found: {path}")]);
        }
        CheckFile(path);
        // ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS as in every .NET container; the file's Urls and a plain Urls variable win.
        return builder.AddEnvironmentVariables("ASPNETCORE_").AddJsonFile(source =>
            {
                source.Path = path;
                source.Optional = false;
                source.ReloadOnChange = true;
                // A broken edit must not throw on the file watcher's thread; SettingsReloader refuses it by name.
                source.OnLoadException = context => context.Ignore = true;
                source.ResolveFileProvider();
            })
            .AddEnvironmentVariables();
    }

    /// <summary>The settings file's full path: --config's, or config/appsettings.json under the working directory.</summary>
    public static string PathOf(string? configPath) => Path.GetFullPath(configPath ?? DefaultPath);

    /// <summary>
    /// Says where the file's JSON breaks, which the configuration provider would not, and names top-level sections
    /// nothing reads (a misspelt "Telegramm" would otherwise leave the bot in a silent dry run).
    /// </summary>
    public static void CheckFile(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            var unknown = document.RootElement.EnumerateObject().Select(p => p.Name)
                .Where(name => !TopLevelSections.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                throw new SettingsException([.. unknown.Select(name => new SettingsError(name, $"unknown section (known: {string.Join(", ", TopLevelSections)})"))]);
            }
        }
        catch (JsonException e)
        {
            throw new SettingsException([new(path, $"not valid JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}")]);
        }
    }

    private static readonly string[] TopLevelSections = ["Telegram", "Storage", "Cluster", "Defaults", "Channels", "Feeds", "Logging", "Serilog", "Urls", "WebSub"];

    /// <summary>Binds and validates; throws <see cref="SettingsException"/> listing every bad key.</summary>
    public static NewsBotSettings Load(IConfiguration configuration)
    {
        var errors = new List<SettingsError>();
        var settings = new NewsBotSettings
        {
            Telegram = Bind<TelegramSettings>(configuration, "Telegram", errors),
            Storage = Bind<StorageSettings>(configuration, "Storage", errors),
            Cluster = Bind<ClusterSettings>(configuration, "Cluster", errors),
            Defaults = Bind<FeedDefaults>(configuration, "Defaults", errors),
            Channels = configuration.GetSection("Channels").GetChildren()
                .ToDictionary(c => c.Key, c => Bind<ChannelSettings>(configuration, c.Path, errors), StringComparer.Ordinal),
            Feeds = configuration.GetSection("Feeds").GetChildren().Select(f => BindFeed(configuration, f.Path, errors)).ToList(),
            WebSub = Bind<WebSubSettings>(configuration, "WebSub", errors),
        };
        errors.AddRange(SettingsValidator.Validate(settings));
        errors.AddRange(LoggingSettings.Validate(configuration));
        errors.AddRange(CronValidator.Validate(settings));
        // A bad default is met again in every feed that inherits it: report it once.
        return errors.Count == 0 ? settings : throw new SettingsException(errors.Distinct().ToList());
    }

    /// <summary>
    /// A Url that no configured feed has (an ad-hoc preview) as a feed: the Defaults, bound as every feed's are, with
    /// that Url and a channel of no settings. Call after <see cref="Load"/> succeeded, which reported any bad default.
    /// </summary>
    public static FeedSettings AdHocFeed(IConfiguration configuration, string url, string channel)
    {
        var feed = BindDefaults(configuration, []);
        feed.Name = url;
        feed.Url = url;
        feed.Channels = [channel];
        return feed;
    }

    /// <summary>A feed gets the Defaults first, then its own keys on top: any feed may override any default.</summary>
    private static FeedSettings BindFeed(IConfiguration configuration, string path, List<SettingsError> errors)
    {
        var feed = BindDefaults(configuration, errors);
        BindInto(configuration.GetSection(path), feed, errors);
        return feed;
    }

    private static FeedSettings BindDefaults(IConfiguration configuration, List<SettingsError> errors) =>
        Bind<FeedSettings>(configuration, "Defaults", errors);

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
            // Bind what is known all the same, so that one misspelt key does not bring a flood of follow-on errors.
            TryBind(section, target);
        }
        ReplaceLists(section, target);
    }

    private static void TryBind(IConfigurationSection section, object target)
    {
        try
        {
            section.Bind(target);
        }
        catch (InvalidOperationException)
        {
            // Already reported above.
        }
    }

    /// <summary>
    /// The binder appends a list's items to the list already there (a default such as the breaking words);
    /// a list in the settings means that list, so each one the section sets replaces the old one whole.
    /// </summary>
    private static void ReplaceLists(IConfigurationSection section, object target)
    {
        foreach (var child in section.GetChildren())
        {
            var property = target.GetType().GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite || property.PropertyType == typeof(string))
            {
                continue;
            }
            if (IsList(property.PropertyType))
            {
                property.SetValue(target, child.Get(property.PropertyType));
            }
            else if (property.PropertyType.IsClass && property.GetValue(target) is { } nested)
            {
                ReplaceLists(child, nested);
            }
        }
    }

    private static bool IsList(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type);

    private static SettingsError Describe(string sectionPath, InvalidOperationException e)
    {
        if (ValueKey().Match(e.Message) is { Success: true } value)
        {
            return new(value.Groups[1].Value, (e.InnerException?.Message ?? e.Message) + ValueHint(e.Message));
        }
        if (UnknownKeys().Match(e.Message) is { Success: true } unknown)
        {
            return new(sectionPath, $"unknown setting(s) {unknown.Groups[1].Value}");
        }
        return new(sectionPath, e.Message);
    }

    /// <summary>What a value of the type should look like, for an operator who has not read the code.</summary>
    private static string ValueHint(string message)
    {
        var typeName = TargetType().Match(message).Groups[1].Value;
        if (typeName.EndsWith("TimeSpan", StringComparison.Ordinal))
        {
            return " (a duration as d.hh:mm:ss, e.g. 00:05:00 or 2.00:00:00)";
        }
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        if (type?.IsEnum == true)
        {
            return $" (one of {string.Join(", ", Enum.GetNames(type))})";
        }
        return typeName.Contains("Int64", StringComparison.Ordinal) ? " (numbers)" : "";
    }

    [GeneratedRegex("to type '([^']+)'")]
    private static partial Regex TargetType();

    [GeneratedRegex("at '([^']+)' to type")]
    private static partial Regex ValueKey();

    [GeneratedRegex("were not found on the instance of [^:]+: (.+)$")]
    private static partial Regex UnknownKeys();
}
