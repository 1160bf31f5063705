using NewsBot.Core.Opml;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>
/// The feeds of the Opml entries' files, added after the explicit Feeds: each outline with an xmlUrl becomes a feed
/// with the entry's keys over the Defaults. A URL Feeds already has keeps its explicit entry, and a name already taken
/// gets a suffix; both are noted for the log.
/// </summary>
internal static class OpmlFeedLists
{
    public static List<OpmlSettings> Bind(IConfiguration configuration, List<SettingsError> errors) =>
        configuration.GetSection("Opml").GetChildren().Select(c => SettingsLoader.Bind(configuration, c.Path, errors, SettingsBinders.Opml)).ToList();

    public static void AddFeeds(IConfiguration configuration, NewsBotSettings settings, List<SettingsError> errors, ICollection<string> notes)
    {
        var explicitCount = settings.Feeds.Count;
        var known = new KnownFeeds(settings.Feeds);
        for (var i = 0; i < settings.Opml.Count; i++)
        {
            var key = $"Opml:{i}:Path";
            var path = Path.GetFullPath(settings.Opml[i].Path);
            if (Read(path, key, errors) is { } outlines)
            {
                var list = new OpmlFeedList(configuration, $"Opml:{i}", settings.Opml[i], settings, known, path, explicitCount);
                list.Add(outlines, errors, notes);
            }
        }
    }

    private static IReadOnlyList<OpmlFeed>? Read(string path, string key, List<SettingsError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new(key, $"OPML file not found: {path}"));
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            return OpmlReader.Read(file);
        }
        catch (OpmlFormatException e)
        {
            errors.Add(new(key, $"{path}: {e.Message}"));
            return null;
        }
    }
}
