using NewsBot.Core.Filtering;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class PostingRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);

    [Fact]
    public void First_poll_records_everything_and_posts_only_the_newest_n()
    {
        var verdicts = Rule(firstRunPostLatest: 2).Judge(Stories(5), FeedHistory.FirstPoll, Now);

        Assert.All(verdicts, v => Assert.True(v.IsNew));
        Assert.Equal(["s4", "s5"], Posted(verdicts));
        Assert.All(verdicts.Take(3), v => Assert.Equal(PostingReason.FirstPollBaseline, v.Verdict.Reason));
        Assert.Contains("posts only the newest 2 (FirstRunPostLatest)", verdicts[0].Verdict.Text);
    }

    [Fact]
    public void First_poll_posts_nothing_by_default()
    {
        var verdicts = Rule().Judge(Stories(3), FeedHistory.FirstPoll, Now);

        Assert.Empty(Posted(verdicts));
        Assert.Equal(3, verdicts.Count(v => v.IsNew));
    }

    [Fact]
    public void Later_polls_post_every_unseen_story_in_order()
    {
        var stories = Stories(4);
        var history = new FeedHistory(true, new HashSet<string> { stories[0].Key, stories[1].Key });

        var verdicts = Rule().Judge(stories, history, Now);

        Assert.Equal(["s3", "s4"], Posted(verdicts));
        Assert.Equal(["s3", "s4"], verdicts.Where(v => v.IsNew).Select(v => v.Story.Title));
        Assert.Equal(PostingVerdict.AlreadySeen, verdicts[0].Verdict);
    }

    [Fact]
    public void Stories_older_than_max_age_are_recorded_but_never_posted()
    {
        var old = Story("old", Now - TwoDays - TimeSpan.FromMinutes(1));
        var fresh = Story("fresh", Now.AddMinutes(-5));

        var verdicts = Rule().Judge([old, fresh], FeedHistory.AllNew, Now);

        Assert.Equal(["fresh"], Posted(verdicts));
        Assert.Equal(2, verdicts.Count(v => v.IsNew));
        Assert.Equal(PostingReason.TooOld, verdicts[0].Verdict.Reason);
        Assert.StartsWith("too old (published 2026-11-23 11:59:00Z, 48 h before 2026-11-25 12:00:00Z; MaxAge 2.00:00:00)", verdicts[0].Verdict.Text);
    }

    [Fact]
    public void Too_old_stories_do_not_take_a_first_poll_place()
    {
        var stories = new[] { Story("fresh", Now.AddHours(-1)), Story("old", Now - TwoDays - TwoDays) };

        Assert.Equal(["fresh"], Posted(Rule(firstRunPostLatest: 1).Judge(stories, FeedHistory.FirstPoll, Now)));
    }

    [Fact]
    public void A_key_twice_in_one_feed_is_taken_once()
    {
        var story = Story("dup", Now);

        Assert.Single(Rule().Judge([story, story with { Title = "dup again" }], FeedHistory.AllNew, Now));
    }

    [Fact]
    public void Feed_and_channel_filters_both_apply_per_channel()
    {
        var channels = new Dictionary<string, ChannelSettings>
        {
            ["news"] = new(),
            ["sport"] = new() { Filter = new StoryFilterOptions { IncludeWords = ["football"] } },
        };
        var story = Story("Storm closes the harbour", Now);

        var verdict = Rule(channels: channels).Judge([story], FeedHistory.AllNew, Now).Single();

        Assert.Equal(["news"], verdict.PostsTo);
        Assert.Equal("filtered (channel sport filter: matches no include rule)", verdict.Channels[1].Verdict.Text);
        var excluding = Rule(channels: channels, filter: new StoryFilterOptions { ExcludeWords = ["harbour"] });
        Assert.All(excluding.Judge([story], FeedHistory.AllNew, Now).Single().Channels, c => Assert.StartsWith("filtered (feed filter: excluded by", c.Verdict.Text));
    }

    [Fact]
    public void A_story_recorded_without_a_post_was_too_old_filtered_or_left_out_by_the_first_poll()
    {
        var rule = Rule(filter: new StoryFilterOptions { ExcludeWords = ["weather"] });

        Assert.Equal(PostingReason.TooOld, rule.Reconsider(Story("old", Now - TwoDays - TwoDays), Now).Reason);
        Assert.Equal(PostingReason.Filtered, rule.Reconsider(Story("weather today", Now), Now).Reason);
        Assert.Equal(PostingReason.FirstPollBaseline, rule.Reconsider(Story("news", Now), Now).Reason);
    }

    private static PostingRule Rule(int firstRunPostLatest = 0, StoryFilterOptions? filter = null, Dictionary<string, ChannelSettings>? channels = null)
    {
        channels ??= new() { ["news"] = new() };
        var feed = new FeedSettings { Name = "f", MaxAge = TwoDays, FirstRunPostLatest = firstRunPostLatest, Filter = filter ?? new(), Channels = [.. channels.Keys] };
        return new PostingRule(feed, channels);
    }

    private static IEnumerable<string> Posted(IEnumerable<StoryVerdict> verdicts) => verdicts.Where(v => v.PostsTo.Any()).Select(v => v.Story.Title);

    private static List<Story> Stories(int count) =>
        Enumerable.Range(1, count).Select(i => Story($"s{i}", Now.AddHours(i - count - 1))).ToList();

    private static Story Story(string title, DateTimeOffset published) =>
        new() { Key = "key-" + title.Split(' ')[0], FeedName = "f", Title = title, Published = published };
}
