using System.Text.Json;
using NewsBot.Core.Formatting;

namespace NewsBot.Storage;

/// <summary>How an <see cref="OutgoingPost"/> is kept in the outbox's payload column.</summary>
public static class PostPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(OutgoingPost post) => JsonSerializer.Serialize(post, Options);

    public static OutgoingPost Deserialize(string payload) =>
        JsonSerializer.Deserialize<OutgoingPost>(payload, Options)
        ?? throw new InvalidDataException("outbox payload is empty");
}
