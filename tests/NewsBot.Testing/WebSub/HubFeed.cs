using System.Globalization;

namespace NewsBot.Testing.WebSub;

/// <summary>An Atom feed that advertises a WebSub hub and its own topic, one entry per id (newest first), each dated <c>at</c>.</summary>
public static class HubFeed
{
    public static string Atom(string hub, string self, DateTimeOffset at, params string[] ids)
    {
        var updated = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
            <link rel="hub" href="{hub}"/><link rel="self" href="{self}"/>
            {string.Concat(ids.Select(id => $"<entry><id>urn:{id}</id><title>Story {id}</title><link href=\"https://blog.example/{id}\"/><updated>{updated}</updated></entry>"))}
            </feed>
            """;
    }
}
