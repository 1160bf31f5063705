using System.Text.Json;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>
/// What the settings file says that the configuration provider would not: where its JSON breaks, keys that appear
/// twice (keys are not case-sensitive, and the provider would then read the whole file as empty), and top-level
/// sections nothing reads (a misspelt "Telegramm" would otherwise leave the bot in a silent dry run).
/// </summary>
public sealed record SettingsFileCheck(IReadOnlyList<SettingsError> Errors, bool Unreadable)
{
    public static readonly string[] TopLevelSections = ["Telegram", "Storage", "Cluster", "Defaults", "Channels", "Feeds", "Opml", "Logging", "Serilog", "Urls", "Dashboard"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SettingsFileCheck Of(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), Options);
            var duplicates = new List<SettingsError>();
            FindDuplicates(document.RootElement, "", duplicates);
            if (duplicates.Count > 0)
            {
                return new(duplicates, Unreadable: true);
            }
            return new(UnknownSections(document.RootElement), Unreadable: false);
        }
        catch (JsonException e)
        {
            return new([new(path, $"not valid JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}")], Unreadable: true);
        }
    }

    private static List<SettingsError> UnknownSections(JsonElement root) =>
        root.ValueKind != JsonValueKind.Object
            ? [new("(file)", "the settings file must hold one JSON object { … }")]
            : [.. root.EnumerateObject().Select(p => p.Name)
                .Where(name => !TopLevelSections.Contains(name, StringComparer.OrdinalIgnoreCase))
                .Select(name => new SettingsError(name, $"unknown section (known: {string.Join(", ", TopLevelSections)})"))];

    private static void FindDuplicates(JsonElement element, string path, List<SettingsError> errors)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindDuplicates(item, Join(path, $"{index++}"), errors);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (seen.TryGetValue(property.Name, out var first))
            {
                errors.Add(new(Join(path, property.Name), $"appears twice ('{first}' and '{property.Name}'); keys are not case-sensitive, keep one"));
                continue;
            }
            seen[property.Name] = property.Name;
            FindDuplicates(property.Value, Join(path, property.Name), errors);
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}:{key}";
}
