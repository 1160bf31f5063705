using System.Globalization;
using System.Text.Json;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>A dotted path into a JSON value: property names, and numbers that index arrays (<c>items.0.url</c>).</summary>
internal sealed class JsonPath
{
    private readonly string[] segments;

    private JsonPath(string[] segments) => this.segments = segments;

    /// <summary>The path; an empty one is the value itself.</summary>
    public static JsonPath Parse(string path) =>
        new(path.Trim().Length == 0 ? [] : path.Trim().Split('.'));

    /// <summary>Why a path cannot be used, or null when it can.</summary>
    public static string? Problem(string path) =>
        path.Trim().Length > 0 && path.Trim().Split('.').Any(s => s.Length == 0 || s.Any(char.IsWhiteSpace))
            ? $"'{path}' is not a dotted path (names and array indexes joined by dots, e.g. data.articles or items.0.url)"
            : null;

    public JsonElement? Find(JsonElement value)
    {
        foreach (var segment in segments)
        {
            if (Step(value, segment) is not { } next)
            {
                return null;
            }
            value = next;
        }
        return value;
    }

    /// <summary>The value as text: a string, or a number's digits (ids and epoch dates are often numbers).</summary>
    public string? FindText(JsonElement value) => Find(value) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    private static JsonElement? Step(JsonElement value, string segment) => value.ValueKind switch
    {
        JsonValueKind.Object when value.TryGetProperty(segment, out var child) => child,
        JsonValueKind.Array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < value.GetArrayLength() => value[index],
        _ => null,
    };
}
