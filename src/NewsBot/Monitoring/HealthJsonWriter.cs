using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Monitoring;

/// <summary>A health report as JSON, so that a 503 says what is wrong: {"status":…,"checks":{name:{status,description}}}.</summary>
internal static class HealthJsonWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                e => e.Key,
                e => new Dictionary<string, string?> { ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
