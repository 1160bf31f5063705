using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Telegram;

namespace NewsBot.Load;

/// <summary>The bot's settings for a load run: feed i posts to channel i mod C, SQLite in the run's folder, grouping off.</summary>
public static class LoadSettingsFile
{
    public static string ChatOf(int channel) => $"@load{channel}";

    public static string Write(string folder, LoadOptions options, LoadFeedServer feeds, FakeBotApi bot)
    {
        var channels = new JsonObject();
        for (var c = 0; c < options.Channels; c++)
        {
            // Load stories differ by a number only: grouping would take some for one story.
            channels[$"ch{c}"] = new JsonObject { ["ChatId"] = ChatOf(c), ["Grouping"] = false };
        }
        var settings = new JsonObject
        {
            ["Telegram"] = new JsonObject { ["BotToken"] = FakeBotApi.Token, ["ApiBaseUrl"] = bot.BaseUrl },
            ["Storage"] = new JsonObject { ["Provider"] = "Sqlite", ["ConnectionString"] = $"Data Source={Path.Combine(folder, "data/newsbot.db")}" },
            ["Defaults"] = new JsonObject { ["Interval"] = options.Interval.ToString("c", CultureInfo.InvariantCulture) },
            ["Channels"] = channels,
            ["Feeds"] = new JsonArray([.. Enumerable.Range(0, options.Feeds).Select(i => (JsonNode)new JsonObject
            {
                ["Name"] = $"feed{i}",
                ["Url"] = feeds.UrlOf(i),
                ["Channels"] = new JsonArray($"ch{i % options.Channels}"),
            })]),
        };
        // config/ and data/ side by side, as in the image: the settings file's watcher sees its own folder and
        // below, so a database under it would wake the watcher at every write.
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "config")).FullName, "appsettings.json");
        File.WriteAllText(path, settings.ToJsonString());
        return path;
    }
}
