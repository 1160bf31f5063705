using System.Text.Json;
using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Json;

/// <summary>Reads JSON Feed items and the loosely typed values inside them.</summary>
internal static class JsonFields
{
    public static FeedItem ReadItem(JsonElement json, XmlBaseScope links)
    {
        var contentHtml = NonBlank(String(json, "content_html"));
        var contentText = NonBlank(String(json, "content_text"));
        var summary = NonBlank(String(json, "summary"));
        var item = new ItemBuilder
        {
            Id = Scalar(json, "id")?.Trim() is { Length: > 0 } id ? id : null,
            Title = HtmlText.ToPlainText(String(json, "title")),
            Link = Url(json, "url", links) ?? Url(json, "external_url", links),
            PublishedRaw = NonBlank(String(json, "date_published")?.Trim()),
            UpdatedRaw = NonBlank(String(json, "date_modified")?.Trim()),
            Summary = summary is not null ? HtmlEscape.Escape(summary)
                : contentText is not null ? HtmlEscape.Escape(contentText)
                : contentHtml,
            Content = contentHtml ?? (contentText is null ? null : HtmlEscape.Escape(contentText)),
            Author = Author(json),
        };
        item.AddMedia(Url(json, "image", links), "image");
        item.AddMedia(Url(json, "banner_image", links), "image");
        foreach (var attachment in Objects(json, "attachments"))
        {
            item.AddMedia(Url(attachment, "url", links), String(attachment, "mime_type"));
        }
        if (json.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                item.AddCategory(tag.ValueKind == JsonValueKind.String ? tag.GetString() : null);
            }
        }
        return item.Build();
    }

    public static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string? Url(JsonElement parent, string name, XmlBaseScope links) =>
        String(parent, name) is { } url && links.Resolve(url) is { Length: > 0 } resolved ? resolved : null;

    /// <summary>A string or number (ids are sometimes numbers) as text.</summary>
    private static string? Scalar(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>JSON Feed 1.1 authors[0].name, else 1.0 author.name.</summary>
    private static string? Author(JsonElement item)
    {
        foreach (var author in Objects(item, "authors"))
        {
            if (HtmlText.Squash(String(author, "name")) is { } name)
            {
                return name;
            }
        }
        return item.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object
            ? HtmlText.Squash(String(single, "name"))
            : null;
    }

    public static IEnumerable<JsonElement> Objects(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object)
            : [];

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
