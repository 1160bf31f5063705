using System.Text.Json.Nodes;

namespace NewsBot.Tests.Support;

/// <summary>
/// Writes a settings file for a test host: storage in the test's folder, quick polls, the given feeds. Grouping is
/// off unless asked for: the numbered stories most tests use ("Story 1", "Story 2") differ only by a number, which
/// grouping may well call one story.
/// </summary>
public static class BotSettingsFile
{
    public sealed record Feed(string Name, string Url, string Channel = "news", int FirstRunPostLatest = 0);

    public static string Write(
        TempDirectory directory,
        string? botApiBaseUrl,
        string? token,
        IEnumerable<Feed> feeds,
        string channelChatId = "@news",
        string logLevel = "Information",
        Action<JsonObject>? customize = null,
        bool grouping = false)
    {
        var settings = new JsonObject
        {
            ["Telegram"] = new JsonObject { ["BotToken"] = token ?? "", ["ApiBaseUrl"] = botApiBaseUrl ?? "https://api.telegram.org" },
            ["Storage"] = new JsonObject { ["Provider"] = "Sqlite", ["ConnectionString"] = $"Data Source={directory.Combine("data/newsbot.db")}" },
            ["Defaults"] = new JsonObject { ["Interval"] = "00:00:01", ["MaxAge"] = "30.00:00:00", ["Timeout"] = "00:00:05" },
            ["Channels"] = new JsonObject { ["news"] = new JsonObject { ["ChatId"] = channelChatId, ["MessagesPerMinute"] = 600, ["Grouping"] = grouping } },
            ["Feeds"] = new JsonArray(feeds.Select(f => (JsonNode)new JsonObject
            {
                ["Name"] = f.Name,
                ["Url"] = f.Url,
                ["Channels"] = new JsonArray(f.Channel),
                ["FirstRunPostLatest"] = f.FirstRunPostLatest,
            }).ToArray()),
            ["Serilog"] = new JsonObject { ["MinimumLevel"] = new JsonObject { ["Default"] = logLevel } },
        };
        customize?.Invoke(settings);
        var path = directory.Combine("appsettings.json");
        File.WriteAllText(path, settings.ToJsonString());
        return path;
    }
}
