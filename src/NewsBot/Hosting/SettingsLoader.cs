using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration.Json;
using NewsBot.Core.Settings;
using NewsBot.Scheduling;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Hosting;

/// <summary>Reads the settings file and the environment, and binds them with errors that name the key.</summary>
public static class SettingsLoader
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
        // ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS as in every .NET container; the file's Urls and a plain Urls variable win.
        return builder.AddEnvironmentVariables("ASPNETCORE_").Add<IndexedJsonConfigurationSource>(source =>
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
    /// Binds and validates; throws <see cref="SettingsException"/> listing every bad key. <paramref name="notes"/>
    /// receives what is worth a log line though not an error (an OPML feed that Feeds already has, a renamed one).
    /// </summary>
    public static NewsBotSettings Load(IConfiguration configuration, ICollection<string>? notes = null)
    {
        var errors = new List<SettingsError>();
        foreach (var check in FileChecks(configuration))
        {
            // An unreadable file binds as empty: its own errors are the whole story.
            errors.AddRange(check.Unreadable ? throw new SettingsException(check.Errors) : check.Errors);
        }
        var settings = new NewsBotSettings
        {
            Telegram = Bind(configuration, "Telegram", errors, SettingsBinders.Telegram),
            Storage = Bind(configuration, "Storage", errors, SettingsBinders.Storage),
            Cluster = Bind(configuration, "Cluster", errors, SettingsBinders.Cluster),
            Defaults = Bind(configuration, "Defaults", errors, SettingsBinders.Defaults),
            Channels = configuration.GetSection("Channels").GetChildren()
                .ToDictionary(c => c.Key, c => Bind(configuration, c.Path, errors, SettingsBinders.Channel), StringComparer.Ordinal),
            Feeds = BindFeeds(configuration, errors),
            Opml = OpmlFeedLists.Bind(configuration, errors),
            Dashboard = Bind(configuration, "Dashboard", errors, SettingsBinders.Dashboard),
            WebSub = Bind(configuration, "WebSub", errors, SettingsBinders.WebSub),
        };
        OpmlFeedLists.AddFeeds(configuration, settings, errors, notes ?? []);
        errors.AddRange(SettingsValidator.Validate(settings));
        errors.AddRange(LoggingSettings.Validate(configuration));
        errors.AddRange(CronValidator.Validate(settings));
        if (SqliteFolderCheck.Check(settings.Storage) is { } folder)
        {
            errors.Add(folder);
        }
        foreach (var file in SettingsFiles(configuration))
        {
            if (SqliteFolderCheck.WatchedFolderNote(settings.Storage, file) is { } note)
            {
                notes?.Add(note);
            }
        }
        // A bad default is met again in every feed that inherits it: report it once.
        return errors.Count == 0 ? settings : throw new SettingsException(errors.Distinct().ToList());
    }

    /// <summary>The checks of the settings files the configuration reads (none for one built in memory).</summary>
    private static IEnumerable<SettingsFileCheck> FileChecks(IConfiguration configuration) =>
        SettingsFiles(configuration).Select(SettingsFileCheck.Of);

    /// <summary>The settings files the configuration reads, by full path (none for one built in memory).</summary>
    private static IEnumerable<string> SettingsFiles(IConfiguration configuration) =>
        (configuration as IConfigurationRoot)?.Providers.OfType<JsonConfigurationProvider>()
            .Select(p => p.Source.FileProvider?.GetFileInfo(p.Source.Path ?? "").PhysicalPath)
            .OfType<string>()
            .Where(File.Exists) ?? [];

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

    /// <summary>
    /// A feed gets the Defaults first, then its own keys on top: any feed may override any default. The Defaults are
    /// bound once and copied for each feed, for binding costs far more than copying.
    /// </summary>
    private static List<FeedSettings> BindFeeds(IConfiguration configuration, List<SettingsError> errors)
    {
        var defaults = BindDefaults(configuration, errors);
        return configuration.GetSection("Feeds").GetChildren().Select(f => BindOver(defaults, f, errors)).ToList();
    }

    private static FeedSettings BindOver(FeedSettings defaults, IConfigurationSection section, List<SettingsError> errors)
    {
        var feed = defaults.Copy();
        BindInto(section, feed, errors, SettingsBinders.Feed);
        return feed;
    }

    private static FeedSettings BindDefaults(IConfiguration configuration, List<SettingsError> errors) =>
        Bind(configuration, "Defaults", errors, SettingsBinders.Feed);

    /// <summary>
    /// The Defaults with a section's keys on top, binding what it can (the section was checked already), for feeds
    /// to be copied from.
    /// </summary>
    internal static FeedSettings BindOverDefaults(IConfiguration configuration, string path)
    {
        var section = configuration.GetSection(path);
        var feed = BindDefaults(configuration, []);
        TryBind(section, feed, SettingsBinders.Feed);
        ReplaceLists(section, feed, []);
        return feed;
    }

    internal static T Bind<T>(IConfiguration configuration, string path, List<SettingsError> errors, SectionBinder<T> binder)
        where T : class, new()
    {
        var value = new T();
        BindInto(configuration.GetSection(path), value, errors, binder);
        return value;
    }

    private static void BindInto<T>(IConfigurationSection section, T target, List<SettingsError> errors, SectionBinder<T> binder)
        where T : class
    {
        try
        {
            // Unknown keys are errors: a misspelt "Intervall" must not be silently ignored.
            binder(section, target, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            errors.Add(BindingErrors.Describe(section.Path, e));
            // Bind what is known all the same, so that one misspelt key does not bring a flood of follow-on errors.
            TryBind(section, target, binder);
        }
        ReplaceLists(section, target, errors);
    }

    private static void TryBind<T>(IConfigurationSection section, T target, SectionBinder<T> binder)
    {
        try
        {
            binder(section, target, null);
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
    private static void ReplaceLists(IConfigurationSection section, object target, List<SettingsError> errors)
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
                property.SetValue(target, ListOf(child, property.PropertyType, errors));
            }
            else if (property.PropertyType.IsClass && property.GetValue(target) is { } nested)
            {
                ReplaceLists(child, nested, errors);
            }
        }
    }

    /// <summary>
    /// The list a section holds: "[]" is an empty list (the binder would make it null), and a single value where a
    /// list belongs ("Channels": "news") is an error naming the key, not a crash later on.
    /// </summary>
    private static object ListOf(IConfigurationSection section, Type type, List<SettingsError> errors)
    {
        if (section.Value is { Length: > 0 } single)
        {
            errors.Add(new(section.Path, $"expected {BindingErrors.ListExample(single)}, got '{single}'"));
        }
        return (section.Value is null ? Read(section, type) : null) ?? EmptyList(type);
    }

    /// <summary>
    /// The settings' lists hold text, or numbers (Telegram:AdminUserIds): each kind has its generated reader. An item
    /// that is no number was reported by the bind already: the list is then read as empty.
    /// </summary>
    private static object? Read(IConfigurationSection section, Type type)
    {
        try
        {
            return type.GetGenericArguments() is [var element] && element == typeof(long) ? section.Get<List<long>>() : section.Get<List<string>>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static object EmptyList(Type type) =>
        type.IsArray ? Array.CreateInstance(type.GetElementType()!, 0) : Activator.CreateInstance(ConcreteList(type))!;

    private static Type ConcreteList(Type type) =>
        type.IsInterface ? typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]) : type;

    private static bool IsList(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type);
}
