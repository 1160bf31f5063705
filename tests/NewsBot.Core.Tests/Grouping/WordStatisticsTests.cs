using NewsBot.Core.Grouping;

namespace NewsBot.Core.Tests.Grouping;

public class WordStatisticsTests
{
    [Fact]
    public void A_word_seen_often_weighs_less_than_one_never_seen()
    {
        var statistics = new WordStatistics();
        for (var i = 0; i < 100; i++)
        {
            statistics.Observe(["ukraine"]);
        }

        Assert.True(statistics.Weight("ukraine") < statistics.Weight("flappy"));
    }

    [Fact]
    public void Generic_headline_words_are_never_distinctive_even_on_a_fresh_start()
    {
        var statistics = new WordStatistics();

        Assert.False(statistics.IsDistinctive("live"));
        Assert.False(statistics.IsDistinctive("update"));
        Assert.False(statistics.IsDistinctive("thing"));
        Assert.True(statistics.IsDistinctive("pimco"));
    }

    [Fact]
    public void Generic_words_stay_common_however_much_else_is_seen()
    {
        var statistics = new WordStatistics();
        for (var i = 0; i < 10_000; i++)
        {
            statistics.Observe([$"word{i}"]);
        }

        Assert.False(statistics.IsDistinctive("live"));
    }

    [Fact]
    public void A_forgotten_report_weighs_as_if_never_seen()
    {
        var statistics = new WordStatistics();
        var fresh = statistics.Weight("ukraine");
        statistics.Observe(["ukraine", "crimea"]);

        statistics.Forget(["ukraine", "crimea"]);

        Assert.Equal(fresh, statistics.Weight("ukraine"));
    }
}
