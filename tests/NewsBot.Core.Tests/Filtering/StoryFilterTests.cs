using NewsBot.Core.Filtering;

namespace NewsBot.Core.Tests.Filtering;

public class StoryFilterTests
{
    private static readonly NewsBot.Core.Stories.Story Story = TestStories.Make(
        "BAGHDAD: Iraq and Turkey reach agreement",
        "<p>Iraq's Prime Minister Haider al-Abadi said on Saturday an agreement had been reached.</p>") with
    {
        Categories = ["World News", "Middle-East"],
    };

    [Fact]
    public void Without_rules_everything_passes()
    {
        Assert.True(new StoryFilter(new StoryFilterOptions()).Allows(Story, out var reason));
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("turkey", true, "included by word \"turkey\"")]
    [InlineData("prime minister", true, "included by word \"prime minister\"")]
    [InlineData("world news", true, "included by word \"world news\"")]
    [InlineData("Turk", false, "matches no include rule")]
    [InlineData("reuters", true, "included by word \"reuters\"")]
    public void Include_words_match_whole_words_case_insensitively(string word, bool allowed, string expectedReason)
    {
        var filter = new StoryFilter(new StoryFilterOptions { IncludeWords = [word] });
        Assert.Equal(allowed, filter.Allows(Story, out var reason));
        Assert.Equal(expectedReason, reason);
    }

    [Fact]
    public void Exclusions_win_over_inclusions()
    {
        var filter = new StoryFilter(new StoryFilterOptions { IncludeWords = ["iraq"], ExcludePatterns = [@"al-\w+"] });
        Assert.False(filter.Allows(Story, out var reason));
        Assert.Equal(@"excluded by pattern /al-\w+/", reason);
    }

    [Fact]
    public void Patterns_match_categories_and_links()
    {
        var filter = new StoryFilter(new StoryFilterOptions { ExcludeWords = ["middle-east"], IncludePatterns = ["reuters\\.com/article"] });
        Assert.False(filter.Allows(Story, out var reason));
        Assert.Equal("excluded by word \"middle-east\"", reason);
    }

    [Fact]
    public void A_pattern_that_times_out_does_not_match()
    {
        var slow = TestStories.Make(new string('a', 5000) + "!");
        var filter = new StoryFilter(new StoryFilterOptions { ExcludePatterns = ["^(a+)+$"] });
        Assert.True(filter.Allows(slow, out _));
    }

    [Fact]
    public void An_invalid_pattern_is_reported_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new StoryFilter(new StoryFilterOptions { IncludePatterns = ["(unclosed"] }));
        Assert.Contains("/(unclosed/", error.Message);
    }
}
