using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;

namespace NewsBot.Tests.Support;

/// <summary>
/// Three outlets' feeds reporting one story minutes apart, each in its own words, and one of them also carrying an
/// unrelated story; every feed starts with an old item that its first poll only records.
/// </summary>
public static class OneStory
{
    public static readonly string[] Feeds = ["reuters", "bbc", "ap"];

    public const string Unrelated = "Elephants can tell human voices apart, researchers find";

    private static readonly Dictionary<string, string> Headlines = new()
    {
        ["reuters"] = "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion",
        ["bbc"] = "Men's Wearhouse agrees to buy rival Jos. A. Bank",
        ["ap"] = "Jos. A. Bank accepts Men's Wearhouse buyout offer",
    };

    public static string Headline(string feed) => Headlines[feed];

    /// <summary>The feed before the story: its old item only.</summary>
    public static string Before(string feed) => RssBuilder.Build(Title(feed), [Old(feed)]);

    /// <summary>The feed with its report of the story (the first feed also with the unrelated story).</summary>
    public static string Reporting(string feed)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-30 + (Array.IndexOf(Feeds, feed) * 3));
        var items = new List<RssBuilder.Item> { new($"{feed}-deal", Headline(feed), "The retailer ends a months-long fight.", at, $"https://{feed}.example/deal") };
        if (feed == Feeds[0])
        {
            items.Add(new($"{feed}-elephants", Unrelated, "A study of African elephants.", at, $"https://{feed}.example/elephants"));
        }
        items.Add(Old(feed));
        return RssBuilder.Build(Title(feed), items);
    }

    public static string Title(string feed) => feed.ToUpperInvariant();

    /// <summary>The line a post of the story opened by the feed ends with once it credits the other two, in publication order.</summary>
    public static string CreditLine(string openingFeed) => "Also: " + string.Join(" · ", Feeds.Where(f => f != openingFeed).Select(Title));

    /// <summary>Whether the message is the story's post crediting the other two reports, whichever feed's report opened it.</summary>
    public static bool CreditsTheOthers(BotMessage post) =>
        Feeds.Any(f => post.PlainText.StartsWith(Headline(f), StringComparison.Ordinal) && post.PlainText.EndsWith(CreditLine(f), StringComparison.Ordinal));

    private static RssBuilder.Item Old(string feed) =>
        new($"{feed}-old", $"{Title(feed)} archive item", "Old.", DateTimeOffset.UtcNow.AddDays(-1), $"https://{feed}.example/old");
}
