using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// The feed the preview verb reads: a configured feed named by its name or by its Url (so that previewing its file
/// or address applies its settings, exactly as its polls do), else the target as an ad-hoc feed with the Defaults.
/// </summary>
public static class PreviewTarget
{
    /// <summary>The channel of an ad-hoc feed, which has no settings.</summary>
    public const string AdHocChannel = "preview";

    /// <summary>The settings and the feed; a null feed when there is none to read (the reason written to <paramref name="errors"/>).</summary>
    public static (NewsBotSettings Settings, FeedSettings? Feed) Resolve(string? configPath, string target, TextWriter errors)
    {
        if (Load(configPath, errors) is not { } loaded)
        {
            return (new NewsBotSettings(), null);
        }
        var (settings, configuration) = loaded;
        var configured = settings.Feeds.Find(f => string.Equals(f.Name, target, StringComparison.OrdinalIgnoreCase))
            ?? settings.Feeds.Find(f => FeedSource.SameSource(f.Url, target));
        if (configured is not null)
        {
            return (settings, configured);
        }
        if (!FeedSource.IsValid(target))
        {
            errors.WriteLine($"'{target}' is neither a configured feed, an http(s) URL nor an existing file");
            return (settings, null);
        }
        return (settings, SettingsLoader.AdHocFeed(configuration, target, AdHocChannel));
    }

    /// <summary>The settings file's settings; the built-in defaults when the default file is unusable; null when --config's is.</summary>
    private static (NewsBotSettings, IConfiguration)? Load(string? configPath, TextWriter errors)
    {
        try
        {
            var configuration = new ConfigurationBuilder().AddNewsBotSettings(configPath).Build();
            return (SettingsLoader.Load(configuration), configuration);
        }
        catch (SettingsException e) when (configPath is null)
        {
            errors.WriteLine($"Using built-in defaults ({e.Errors[0]})");
            return (new NewsBotSettings(), new ConfigurationBuilder().Build());
        }
        catch (SettingsException e)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }
}
