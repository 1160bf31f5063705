using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>Reads Bot API parameters as the real server does: query, form or JSON, flattened to strings.</summary>
internal static class BotApiArguments
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpRequest request)
    {
        var args = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        if (request.HasFormContentType)
        {
            foreach (var field in await request.ReadFormAsync())
            {
                args[field.Key] = field.Value.ToString();
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var json = await JsonDocument.ParseAsync(request.Body);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                // Strings as they are, every other value as its raw JSON text (tdnet HttpReader).
                args[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }
        return args;
    }

    public static bool IsTrue(string? value) =>
        value?.Trim().ToLowerInvariant() is "true" or "yes" or "1";
}
