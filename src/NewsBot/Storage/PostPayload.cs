using System.Text.Json;
using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>
/// How a post is kept in the outbox: its fields (<see cref="PostDraft"/>, the fields column) and the post as last
/// rendered (<see cref="OutgoingPost"/>, the payload column).
/// </summary>
public static class PostPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(OutgoingPost post) => JsonSerializer.Serialize(post, Options);

    public static OutgoingPost Deserialize(string payload) =>
        JsonSerializer.Deserialize<OutgoingPost>(payload, Options)
        ?? throw new InvalidDataException("outbox payload is empty");

    public static string FieldsOf(PostDraft draft) => JsonSerializer.Serialize(draft, Options);

    public static PostDraft DraftOf(string fields) =>
        JsonSerializer.Deserialize<PostDraft>(fields, Options)
        ?? throw new InvalidDataException("outbox fields are empty");
}
