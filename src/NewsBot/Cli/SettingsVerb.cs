using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>What the verbs that only read settings share: load them, or print why not and exit with code 2.</summary>
internal static class SettingsVerb
{
    /// <summary>Runs <paramref name="action"/> on the settings and the notes loading them made (see SettingsLoader.Load).</summary>
    public static int Run(string? configPath, TextWriter errors, Func<NewsBotSettings, IReadOnlyList<string>, int> action)
    {
        try
        {
            var configuration = new ConfigurationBuilder().AddNewsBotSettings(configPath).Build();
            var notes = new List<string>();
            var settings = SettingsLoader.Load(configuration, notes);
            return action(settings, notes);
        }
        catch (SettingsException e)
        {
            errors.WriteLine(e.Message);
            return 2;
        }
    }
}
