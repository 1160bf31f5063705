using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Settings;

/// <summary>
/// A settings file with many feeds on loopback URLs (so that short intervals pass the floor), spread over a number
/// of hosts (ports) and channels: what the start-up, reload and spreading measurements load.
/// </summary>
public static class ManyFeedsSettings
{
    public const int Channels = 200;
    public const int Hosts = 50;

    /// <summary>The feed URLs point at <c>127.0.0.1:basePort + n % Hosts</c>; nothing need listen there for check-config.</summary>
    public static JsonObject Of(int feeds, string dataSource, string interval = "00:01:00", int basePort = 20000) => new()
    {
        ["Telegram"] = new JsonObject { ["BotToken"] = "" },
        ["Storage"] = new JsonObject { ["Provider"] = "Sqlite", ["ConnectionString"] = $"Data Source={dataSource}" },
        ["Defaults"] = new JsonObject { ["Interval"] = interval },
        ["Channels"] = new JsonObject(Enumerable.Range(0, Channels)
            .Select(c => KeyValuePair.Create($"channel-{c}", (JsonNode?)new JsonObject { ["ChatId"] = $"-100{1_000_000 + c}" }))),
        ["Feeds"] = new JsonArray([.. Enumerable.Range(0, feeds).Select(i => (JsonNode)Feed(i, basePort))]),
    };

    public static void Write(string path, JsonObject settings) =>
        File.WriteAllText(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static JsonObject Feed(int i, int basePort = 20000) => new()
    {
        ["Name"] = $"feed-{i:D5}",
        ["Url"] = $"http://127.0.0.1:{basePort + (i % Hosts)}/feeds/{i}.xml",
        ["Channels"] = new JsonArray($"channel-{i % Channels}"),
    };
}
