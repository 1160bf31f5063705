using NewsBot.Core.Settings;

namespace NewsBot.Core.Tests.Settings;

/// <summary>check-config on Scrape selectors and Json paths: each bad one named by its key.</summary>
public class SourceRulesValidatorTests
{
    [Fact]
    public void Good_rules_pass()
    {
        Assert.Empty(SettingsValidator.Validate(With(new ScrapeSettings { Item = "article.story", Title = "h2", Link = "a@href", Image = "img@data-src" }, null)));
        Assert.Empty(SettingsValidator.Validate(With(null, new JsonSourceSettings { Items = "data.articles", Title = "headline", Link = "items.0.url" })));
    }

    [Theory]
    [InlineData("article[", "h2", "Feeds:0:Scrape:Item")]
    [InlineData("article", "h2::<>", "Feeds:0:Scrape:Title")]
    [InlineData("", "h2", "Feeds:0:Scrape:Item")]
    public void A_bad_selector_names_its_key(string item, string title, string key)
    {
        var error = Assert.Single(SettingsValidator.Validate(With(new ScrapeSettings { Item = item, Title = title, Link = "a@href" }, null)));

        Assert.Equal(key, error.Key);
    }

    [Fact]
    public void A_bad_path_and_a_missing_link_name_their_keys()
    {
        var errors = SettingsValidator.Validate(With(null, new JsonSourceSettings { Items = "data..articles", Title = "head line" }));

        Assert.Equal(["Feeds:0:Json:Link", "Feeds:0:Json:Title", "Feeds:0:Json:Items"], errors.Select(e => e.Key));
    }

    [Fact]
    public void Both_sections_on_one_feed_is_an_error()
    {
        var errors = SettingsValidator.Validate(With(new ScrapeSettings { Item = "a", Title = "@title", Link = "@href" }, new JsonSourceSettings { Title = "t", Link = "l" }));

        Assert.Equal("Feeds:0:Json", Assert.Single(errors).Key);
    }

    private static NewsBotSettings With(ScrapeSettings? scrape, JsonSourceSettings? json) => new()
    {
        Channels = { ["news"] = new ChannelSettings { ChatId = "@news" } },
        Feeds = [new FeedSettings { Name = "page", Url = "https://a.example/news", Channels = ["news"], Scrape = scrape, Json = json }],
    };
}
