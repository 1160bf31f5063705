using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Writes the corpus comparison schema (shared/corpus/README.md, feed_reference.py): one JSON object per feed
/// file with text fields reduced to squashed plain text, summaries cut to 300 characters, dates in UTC.
/// </summary>
public static class FeedJsonl
{
    private const int SummaryChars = 300;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One line (without the newline) for <paramref name="file"/>; <paramref name="error"/> when it is not a feed.
    /// <paramref name="parser"/> names who read it (the benchmarks map other libraries into <see cref="ParsedFeed"/>).
    /// </summary>
    public static string ToJsonLine(string file, long bytes, ParsedFeed? feed, string? error, string parser = "newsbot")
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (feed?.Items.Count ?? 0) * 512);
        WriteJsonLine(buffer, file, bytes, feed, error, parser);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The same line as <see cref="ToJsonLine"/>, written as UTF-8 (no newline), with no string in between.</summary>
    public static void WriteJsonLine(IBufferWriter<byte> output, string file, long bytes, ParsedFeed? feed, string? error, string parser = "newsbot")
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteNumber("bytes", bytes);
        json.WriteString("parser", parser);
        json.WriteString("format", feed?.Format ?? "");
        var problem = feed is null ? error : feed.Problem;
        json.WriteBoolean("bozo", problem is not null);
        json.WriteString("bozo_exception", problem);
        json.WriteString("encoding", feed?.Encoding);
        json.WriteStartObject("feed");
        json.WriteString("title", HtmlText.Squash(feed?.Title));
        json.WriteString("link", Trimmed(feed?.Link));
        json.WriteEndObject();
        var items = feed?.Items ?? [];
        json.WriteNumber("entry_count", items.Count);
        json.WriteStartArray("entries");
        foreach (var item in items)
        {
            WriteEntry(json, item);
        }
        json.WriteEndArray();
        if (feed is null)
        {
            json.WriteString("error", error);
        }
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", Trimmed(item.Id));
        json.WriteString("title", HtmlText.Squash(item.Title));
        json.WriteString("link", Trimmed(item.Link));
        json.WriteString("published", Utc(item.Published));
        json.WriteString("updated", Utc(item.Updated));
        json.WriteString("published_raw", Trimmed(item.PublishedRaw));
        json.WriteString("updated_raw", Trimmed(item.UpdatedRaw));
        json.WriteString("summary", HtmlText.ToPlainText(item.SummaryHtml, SummaryChars));
        json.WriteString("author", HtmlText.Squash(item.Author));
        json.WriteStartArray("media");
        foreach (var media in item.Media)
        {
            json.WriteStringValue(media.Url);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? Utc(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
