using NewsBot.Admin;
using NewsBot.Core.Filtering;
using NewsBot.Core.Settings;
using NewsBot.Storage;

namespace NewsBot.Tests.Admin;

/// <summary>/why's answer for each outbox state, and for each reason the posting rule gives a story recorded without a post.</summary>
public class StoryExplainerTests
{
    private const string Link = "https://wire.example/story";
    private static readonly DateTimeOffset SeenAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly NewsBotSettings Settings = new()
    {
        Channels = new() { ["news"] = new ChannelSettings { ChatId = "@news" } },
        Feeds =
        [
            new FeedSettings
            {
                Name = "wire",
                Channels = ["news"],
                FirstRunPostLatest = 3,
                Filter = new StoryFilterOptions { ExcludeWords = ["horoscope"] },
            },
        ],
    };

    [Fact]
    public void A_sent_story_says_where_and_when()
    {
        var why = Explain(Trace(OutboxState.Sent, sentAt: SeenAt.AddMinutes(1)));

        Assert.Equal("wire: \"Harbour reopens\" first seen 2026-03-01 12:00:00Z; already posted to news at 2026-03-01 12:01:00Z.", why);
    }

    [Fact]
    public void A_grouped_story_names_the_post_it_was_credited_in()
    {
        var why = Explain(new StoryTrace { Feed = "wire", Title = "Harbour reopens at last", FirstSeenAt = UnixTime.Ms(SeenAt), CreditedIn = "news", CreditedTo = "Harbour reopens" });

        Assert.EndsWith("; not posted on its own: the same story as \"Harbour reopens\" in news, credited in that post.", why);
    }

    [Fact]
    public void A_queued_story_gives_its_attempts_and_last_error() =>
        Assert.EndsWith("; queued for news (attempt 2, last error: HTTP 502).", Explain(Trace(OutboxState.Queued, attempts: 2, lastError: "HTTP 502")));

    [Fact]
    public void A_failed_story_says_it_was_set_aside() =>
        Assert.EndsWith("; failed: Telegram refused it for news 3 times and it was set aside: Bad Request.", Explain(Trace(OutboxState.Failed, attempts: 3, lastError: "Bad Request")));

    [Fact]
    public void A_digested_story_names_its_digest_not_the_first_poll()
    {
        var why = Explain(Trace(OutboxState.Digested, lastError: "combined into digest post 17"));

        Assert.EndsWith("; not posted on its own: its headline went into a digest for news (combined into digest post 17).", why);
        Assert.DoesNotContain("first poll", why);
    }

    [Fact]
    public void A_story_recorded_without_a_post_gets_the_posting_rules_reason()
    {
        Assert.Contains("no post: too old (published 2026-02-20", Explain(Trace(null, published: SeenAt.AddDays(-9))));
        Assert.Contains("no post: filtered (feed filter: excluded by word \"horoscope\")", Explain(Trace(null, title: "Your horoscope")));
        Assert.Contains("no post: seen at the feed's first poll, which records every item and posts only the newest 3", Explain(Trace(null)));
        Assert.Contains("no post: the feed is no longer in the settings", Explain(Trace(null, feed: "gone")));
    }

    [Fact]
    public void A_link_no_feed_carried_is_not_fetched() =>
        Assert.StartsWith("Not fetched", StoryExplainer.Explain(Link, [], Settings));

    private static string Explain(StoryTrace trace) => StoryExplainer.Explain(Link, [trace], Settings);

    private static StoryTrace Trace(
        OutboxState? state,
        string feed = "wire",
        string title = "Harbour reopens",
        DateTimeOffset? published = null,
        int attempts = 1,
        string? lastError = null,
        DateTimeOffset? sentAt = null) => new()
        {
            Feed = feed,
            Title = title,
            PublishedAt = UnixTime.Ms(published ?? SeenAt.AddMinutes(-10)),
            FirstSeenAt = UnixTime.Ms(SeenAt),
            Channel = state is null ? null : "news",
            StoredStatus = state?.Stored(),
            Attempts = attempts,
            LastError = lastError,
            SentAt = sentAt is { } at ? UnixTime.Ms(at) : null,
        };
}
