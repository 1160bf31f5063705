using Microsoft.Extensions.Logging;
using NewsBot.Core.Settings;
using NewsBot.Testing.Fixtures;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Polling;

/// <summary>Polls of a page with no feed: scraped stories posted like any, and a rule that stops matching warned of once.</summary>
public sealed class ScrapedSourcePollTests : PollerTestBed
{
    protected override FeedSettings Feed { get; } = new()
    {
        Name = "bbc",
        Url = "news",
        Channels = [Channel],
        FirstRunPostLatest = 5,
        Scrape = new() { Item = "[data-testid=card]", Title = "h2", Link = "a@href", Summary = "p", Published = "time@datetime" },
    };

    [Fact]
    public async Task Scraped_stories_are_posted_with_their_html_made_safe()
    {
        ServePage("Pages/bbc-front-page.html");

        await PollAsync();

        Assert.Equal(2, await QueuedAsync());
        var posts = new[] { await TakeNextPostAsync(), await TakeNextPostAsync() };
        Assert.Contains(posts, p => p.Html.Contains("<b>Storm Bert: Flood warnings as rivers &amp; reservoirs overflow</b>", StringComparison.Ordinal));
        Assert.All(posts, p => Assert.DoesNotContain("alert", p.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rule_that_matches_nothing_is_warned_of_once_per_episode()
    {
        Server.Serve("news", "<html><body><p>Redesigned</p></body></html>", "text/html");
        await PollAsync();
        Server.Serve("news", "<html><body><p>Redesigned again</p></body></html>", "text/html");
        await PollAsync();
        ServePage("Pages/bbc-front-page.html");
        await PollAsync();
        Server.Serve("news", "<html><body><p>Broken once more</p></body></html>", "text/html");
        await PollAsync();

        var warnings = Logs.AtLeast(LogLevel.Warning).Where(w => w.Contains("matched nothing", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("Feed bbc: rule Scrape:Item '[data-testid=card]'", w, StringComparison.Ordinal));
    }

    private void ServePage(string fixture) => Server.Serve("news", Fixture.Text(fixture, Time.GetUtcNow()), "text/html; charset=utf-8");
}
