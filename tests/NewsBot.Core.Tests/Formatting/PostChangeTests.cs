using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public class PostChangeTests
{
    private static readonly PostDraft Posted = new()
    {
        Title = "Fish & chips shop reopens after flood",
        Lead = "The shop on Harbour Street reopened on Monday, three weeks after the flood.",
        Link = "https://news.example/shop",
    };

    [Theory]
    [InlineData("Fish &amp; chips shop reopens after flood", null)]
    [InlineData("  Fish & chips shop  reopens after flood.", null)]
    [InlineData("Fish & Chips Shop Reopens After Flood", null)]
    [InlineData(null, "The shop on Harbour Street reopened on Monday - three weeks after the flood")]
    [InlineData(null, "The shop on Harbour Street reopened on Monday,\nthree weeks after the flood.")]
    public void Whitespace_punctuation_case_and_entity_spelling_do_not_matter(string? title, string? lead)
    {
        var again = Posted with { Title = title ?? Posted.Title, Lead = lead ?? Posted.Lead };

        Assert.False(PostChange.Matters(Posted, again));
    }

    [Fact]
    public void A_link_that_differs_by_tracking_parameters_only_does_not_matter()
    {
        Assert.False(PostChange.Matters(Posted, Posted with { Link = "https://news.example/shop?utm_source=rss&fbclid=1" }));
    }

    [Theory]
    [InlineData("Fish & chips shop reopens after flood, owner says", null)]
    [InlineData("Fish & chips shop reopens after 2 floods", null)]
    [InlineData(null, "The shop on Harbour Street reopened on Tuesday, three weeks after the flood.")]
    public void A_changed_word_or_number_in_the_headline_or_lead_matters(string? title, string? lead)
    {
        var again = Posted with { Title = title ?? Posted.Title, Lead = lead ?? Posted.Lead };

        Assert.True(PostChange.Matters(Posted, again));
    }
}
