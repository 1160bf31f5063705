using NewsBot.Core.Feeds;
using NewsBot.Core.Formatting;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class FeedBoilerplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly Summary summary = new();

    private static readonly (string Title, string Lead)[] Items =
    [
        ("Council approves new bike lanes", "The vote was eleven to two after a long debate."),
        ("Storm closes schools across the region", "Heavy snow is expected to last until Thursday."),
        ("Local team wins the title", "Fans filled the streets around the stadium at midnight."),
        ("Museum reopens after renovation", "Visitors queued for an hour to see the new hall."),
        ("Rents rise for the fifth month", "Landlords blame higher interest rates and taxes."),
    ];

    [Fact]
    public void A_closing_line_every_item_carries_is_learnt_and_removed()
    {
        // In the shape of a WordPress site's feed (Boston.com-like): the "appeared first on" footer, then a line the
        // built-in patterns do not know.
        var stories = Poll((title, lead) => $"<p>{lead}</p><p>The post <a href=\"https://site.example/x\">{title}</a> appeared first on Site.example.</p><p>This RSS feed is intended for readers, not scrapers.</p>");

        Assert.All(stories, s => Assert.Equal(LeadOf(s), summary.Of(s)));
    }

    [Fact]
    public void An_aggregators_label_on_every_item_leaves_no_summary()
    {
        // In the shape of Hacker News' own feed: "Comments" under every headline
        var stories = Poll((_, _) => "<a href=\"https://news.ycombinator.com/item?id=1\">Discuss on HN</a>");

        Assert.All(stories, s => Assert.Equal("", summary.Of(s)));
    }

    [Fact]
    public void An_opening_line_every_item_carries_is_removed_too()
    {
        var stories = Poll((_, lead) => $"Listen to this article. {lead}");

        Assert.All(stories, s => Assert.Equal(LeadOf(s), summary.Of(s)));
    }

    [Fact]
    public void A_row_of_follow_links_is_learnt_whatever_its_words()
    {
        // In the shape of a podcast feed's show notes
        var stories = Poll((_, lead) => $"<p>{lead}</p><p>Abonnieren ⋅ Kanal ⋅ Sendungen ⋅ Spotify</p>");

        Assert.All(stories, s => Assert.Equal(LeadOf(s), summary.Of(s)));
    }

    [Fact]
    public void Too_few_items_teach_nothing()
    {
        var stories = Poll((_, _) => "<p>Officials say the same thing every time.</p>", items: 2);

        Assert.All(stories, s => Assert.Equal("Officials say the same thing every time.", summary.Of(s)));
    }

    [Fact]
    public void A_sentence_only_some_items_share_is_story_text()
    {
        var stories = Poll((title, lead) => title.StartsWith('S') || title.StartsWith('L') ? $"{lead} Officials say more later." : lead);

        Assert.Contains(stories, s => summary.Of(s).EndsWith("Officials say more later.", StringComparison.Ordinal));
    }

    private static string LeadOf(Story story) => Items.Single(i => i.Title == story.Title).Lead;

    private static IReadOnlyList<Story> Poll(Func<string, string, string> summaryOf, int items = 5)
    {
        var feed = new ParsedFeed
        {
            Format = "rss20",
            Items = [.. Items.Take(items).Select((item, i) => new FeedItem
            {
                Id = $"{i}",
                Title = item.Title,
                SummaryHtml = summaryOf(item.Title, item.Lead),
                Published = Now.AddMinutes(-i),
            })],
        };
        return StoryFactory.FromFeed("site", feed, Now);
    }
}
