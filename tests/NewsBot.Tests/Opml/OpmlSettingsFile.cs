using Microsoft.Extensions.Configuration;
using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.Tests.Opml;

/// <summary>Settings with channels news and tech, the given keys, and the fixtures' OPML files by name.</summary>
internal static class OpmlSettingsFile
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Opml", "Fixtures", name);

    public static NewsBotSettings Load(Dictionary<string, string?> values, List<string>? notes = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Channels:news:ChatId"] = "@news",
            ["Channels:tech:ChatId"] = "@tech",
        };
        foreach (var (key, value) in values)
        {
            all[key] = value;
        }
        return SettingsLoader.Load(new ConfigurationBuilder().AddInMemoryCollection(all).Build(), notes);
    }
}
