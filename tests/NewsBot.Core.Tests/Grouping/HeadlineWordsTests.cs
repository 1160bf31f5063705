using NewsBot.Core.Grouping;

namespace NewsBot.Core.Tests.Grouping;

public class HeadlineWordsTests
{
    [Fact]
    public void Case_accents_possessives_and_plurals_fold_away()
    {
        Assert.Equal(["obama", "plan", "cafe"], HeadlineWords.Content("Obama’s Plans for Cafés"));
    }

    [Fact]
    public void Stop_words_calendar_words_and_years_are_not_content_but_other_numbers_are()
    {
        Assert.Equal(["benzinga", "chatter", "11"], HeadlineWords.Content("Benzinga's Chatter for Tuesday March 11, 2014"));
        Assert.NotEqual(HeadlineWords.Content("Story 1"), HeadlineWords.Content("Story 2"));
    }

    [Fact]
    public void Words_that_mix_letters_and_digits_are_content()
    {
        Assert.Contains("s5", HeadlineWords.Content("Samsung Galaxy S5 review"));
    }

    [Fact]
    public void Normalized_headlines_ignore_punctuation_case_and_spacing_but_keep_every_word()
    {
        Assert.Equal(HeadlineWords.Normalized("'Death Stars' in Orion blast planets"), HeadlineWords.Normalized("Death stars in Orion — blast  planets!"));
        Assert.NotEqual(HeadlineWords.Normalized("Stocks rise 2%"), HeadlineWords.Normalized("Stocks rise 3%"));
    }
}
