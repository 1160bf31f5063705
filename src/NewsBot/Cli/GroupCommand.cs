using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Core.Grouping;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;

namespace NewsBot.Cli;

/// <summary>
/// The group verb: reads reports, one JSON object a line (id, source, title, link, published, summary), groups them
/// in order with a channel's default grouping, and writes {"id": ..., "group": ...} a line, group naming the id of
/// the report whose post each joined.
/// </summary>
public static class GroupCommand
{
    public static int Run(string path, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            errors.WriteLine($"No such file: {path}");
            return 1;
        }
        var grouper = new StoryGrouper(GroupingOptions.For(new ChannelSettings()));
        var ids = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (Report(line) is not { } report)
            {
                errors.WriteLine($"{path}:{lineNumber}: not a JSON object with an id and a title");
                return 1;
            }
            ids.TryAdd(report.Story.Key, report.Id);
            var match = grouper.Assign(GroupingItem.Of(report.Story));
            output.WriteLine(new JsonObject { ["id"] = report.Id.DeepClone(), ["group"] = ids[match.GroupId]?.DeepClone() }.ToJsonString());
        }
        return 0;
    }

    private static (JsonNode Id, Story Story)? Report(string line)
    {
        try
        {
            if (JsonNode.Parse(line) is not JsonObject item || item["id"] is not { } id || Text(item, "title") is not { } title)
            {
                return null;
            }
            return (id, new Story
            {
                Key = id.ToJsonString(),
                FeedName = Text(item, "source") ?? "",
                Title = StoryText.CleanPlain(title),
                Link = Text(item, "link"),
                SummaryHtml = StoryText.CleanHtml(Text(item, "summary")),
                Published = Published(Text(item, "published")),
            });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateTimeOffset Published(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published) ? published : DateTimeOffset.UnixEpoch;
}
