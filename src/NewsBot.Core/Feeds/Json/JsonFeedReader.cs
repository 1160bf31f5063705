using System.Text.Json;
using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Json;

/// <summary>JSON Feed 1.0/1.1 (jsonfeed.org); items are read even when the version is not a jsonfeed.org URL.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static ParsedFeed Read(ReadOnlySpan<byte> data, FeedParseOptions options)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(data.ToArray(), Options);
        }
        catch (JsonException e)
        {
            return new ParsedFeed { Encoding = "utf-8", Problem = $"invalid JSON: {e.Message}" };
        }
        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ReadFeed(document.RootElement, new XmlBaseScope(options.BaseUri))
                : new ParsedFeed { Encoding = "utf-8", Problem = "the top-level JSON value is not an object" };
        }
    }

    private static ParsedFeed ReadFeed(JsonElement root, XmlBaseScope links)
    {
        var version = JsonFields.String(root, "version")?.Trim();
        var format = version switch
        {
            "https://jsonfeed.org/version/1" => "json1",
            "https://jsonfeed.org/version/1.1" => "json11",
            _ => "",
        };
        var items = JsonFields.Objects(root, "items").Select(item => JsonFields.ReadItem(item, links)).ToArray();
        return new ParsedFeed
        {
            Format = format,
            Title = HtmlText.ToPlainText(JsonFields.String(root, "title")),
            Link = JsonFields.Url(root, "home_page_url", links),
            Items = items,
            Encoding = "utf-8",
            Problem = format.Length == 0 ? $"unrecognized JSON Feed version '{version}'" : null,
        };
    }
}
