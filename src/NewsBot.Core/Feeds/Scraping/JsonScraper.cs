using System.Text.Json;
using NewsBot.Core.Settings;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>Reads a JSON document with no feed (a newsroom's API) by a Json section's dotted paths.</summary>
internal static class JsonScraper
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <exception cref="FeedFormatException">The document is not JSON.</exception>
    public static ParsedFeed Read(ReadOnlySpan<byte> data, JsonSourceSettings json, FeedParseOptions options)
    {
        using var document = Parse(data);
        var items = new ScrapedItems("Json", options.BaseUri);
        var rules = ScrapedItems.Rules(
            (SourceField.Id, json.Id), (SourceField.Title, json.Title), (SourceField.Link, json.Link),
            (SourceField.Summary, json.Summary), (SourceField.Published, json.Published), (SourceField.Image, json.Image));
        var paths = rules.ToDictionary(r => r.Key, r => JsonPath.Parse(r.Value));
        foreach (var item in List(JsonPath.Parse(json.Items).Find(document.RootElement)))
        {
            items.Add(rules, field => paths[field].FindText(item));
        }
        return items.ToFeed("json", json.Items, null);
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> data)
    {
        try
        {
            return JsonDocument.Parse(data.ToArray().AsMemory(data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0), Options);
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"not JSON: {e.Message}", e);
        }
    }

    private static IEnumerable<JsonElement> List(JsonElement? items) =>
        items is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object) : [];
}
