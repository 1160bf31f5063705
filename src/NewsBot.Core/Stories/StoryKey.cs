using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Stories;

/// <summary>
/// The stable key of a story within its feed: SHA-256 of (feed, guid), else (feed, link), else (feed, title).
/// Guids are only unique inside their feed, so the feed name is always part of the key.
/// </summary>
public static class StoryKey
{
    /// <summary>The key of an item, or null when it has no guid, link or title to identify it by.</summary>
    public static string? For(string feedName, FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Id))
        {
            return Hash(feedName, "id", item.Id.Trim());
        }
        if (!string.IsNullOrWhiteSpace(item.Link))
        {
            return Hash(feedName, "link", item.Link.Trim());
        }
        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            return Hash(feedName, "title", item.Title.Trim());
        }
        return null;
    }

    private static string Hash(string feedName, string kind, string value)
    {
        // A NUL separator keeps ("ab", "c") and ("a", "bc") apart.
        var bytes = Encoding.UTF8.GetBytes($"{feedName}\0{kind}\0{value}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
