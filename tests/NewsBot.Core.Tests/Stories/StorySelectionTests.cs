using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public class StorySelectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);

    [Fact]
    public void First_poll_records_everything_and_posts_only_the_newest_n()
    {
        var stories = Stories(5);

        var selection = StorySelection.Select(stories, new HashSet<string>(), isBaseline: true, firstRunPostLatest: 2, TwoDays, Now);

        Assert.Equal(5, selection.NewlySeen.Count);
        Assert.Equal(["s4", "s5"], selection.ToPost.Select(s => s.Title));
    }

    [Fact]
    public void First_poll_posts_nothing_by_default()
    {
        var selection = StorySelection.Select(Stories(3), new HashSet<string>(), isBaseline: true, firstRunPostLatest: 0, TwoDays, Now);

        Assert.Empty(selection.ToPost);
        Assert.Equal(3, selection.NewlySeen.Count);
    }

    [Fact]
    public void Later_polls_post_every_unseen_story_in_order()
    {
        var stories = Stories(4);
        var seen = new HashSet<string> { stories[0].Key, stories[1].Key };

        var selection = StorySelection.Select(stories, seen, isBaseline: false, firstRunPostLatest: 0, TwoDays, Now);

        Assert.Equal(["s3", "s4"], selection.ToPost.Select(s => s.Title));
        Assert.Equal(["s3", "s4"], selection.NewlySeen.Select(s => s.Title));
    }

    [Fact]
    public void Stories_older_than_max_age_are_recorded_but_never_posted()
    {
        var old = Story("old", Now - TwoDays - TimeSpan.FromMinutes(1));
        var fresh = Story("fresh", Now.AddMinutes(-5));

        var selection = StorySelection.Select([old, fresh], new HashSet<string>(), isBaseline: false, 0, TwoDays, Now);

        Assert.Equal(["fresh"], selection.ToPost.Select(s => s.Title));
        Assert.Equal(2, selection.NewlySeen.Count);
    }

    [Fact]
    public void A_key_twice_in_one_feed_is_taken_once()
    {
        var story = Story("dup", Now);

        var selection = StorySelection.Select([story, story with { Title = "dup again" }], new HashSet<string>(), false, 0, TwoDays, Now);

        Assert.Single(selection.ToPost);
    }

    private static List<Story> Stories(int count) =>
        Enumerable.Range(1, count).Select(i => Story($"s{i}", Now.AddHours(i - count - 1))).ToList();

    private static Story Story(string title, DateTimeOffset published) =>
        new() { Key = "key-" + title.Split(' ')[0], FeedName = "f", Title = title, Published = published };
}
