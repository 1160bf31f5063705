using NewsBot.Core.Formatting;
using NewsBot.Core.Grouping;
using NewsBot.Core.Stories;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

/// <summary>Stories, posts and polls with sensible defaults, so each storage test sets only what it is about.</summary>
internal static class StorageSamples
{
    public const string Feed = "wire";
    public const string Channel = "news";

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    public static readonly SendBudget Unlimited = new(int.MaxValue, int.MaxValue);

    public static Story Story(string key) => new()
    {
        Key = key,
        FeedName = Feed,
        Title = $"Story {key}",
        Link = $"https://example.com/{key}",
        Published = Now.AddMinutes(-10),
    };

    public static QueuedPost Post(string key, string channel = Channel, int priority = 0) =>
        new(channel, key, Feed, new OutgoingPost { Html = $"<b>{key}</b>", PlainText = key }, Now.AddMinutes(-10), priority)
        {
            Draft = new PostDraft { Title = key, Link = $"https://example.com/{key}", Published = Now.AddMinutes(-10) },
        };

    /// <summary>A post of a channel that groups stories, as a report titled so by the source.</summary>
    public static QueuedPost GroupedPost(string key, string title, string source, int minutes = 0) =>
        Post(key) with
        {
            Published = Now.AddMinutes(minutes - 10),
            Grouping = new PostGrouping(new GroupingItem(key, title, null, $"https://{source}.example/{key}", Now.AddMinutes(minutes - 10)), source, new GroupingOptions()),
        };

    /// <summary>A poll that sees the posts' stories and queues the posts.</summary>
    public static PollRecord Poll(params QueuedPost[] posts) =>
        new(Feed, new FeedValidators("\"v1\"", "Sun, 01 Mar 2026 11:00:00 GMT", "body-hash"), posts.Select(p => Story(p.StoryKey)).DistinctBy(s => s.Key).ToList(), posts, Now);
}
