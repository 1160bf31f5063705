using Microsoft.Extensions.Configuration;
using NewsBot.Core.Settings;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public class SettingsLoaderTests
{
    [Fact]
    public void A_feed_overrides_any_default_and_keeps_the_rest()
    {
        var settings = Load(new()
        {
            ["Defaults:Interval"] = "00:10:00",
            ["Defaults:MaxAge"] = "1.00:00:00",
            ["Defaults:Format:TimeZone"] = "Europe/Berlin",
            ["Defaults:Format:BreakingWords:0"] = "EILMELDUNG",
            ["Defaults:Format:BreakingWords:1"] = "BREAKING",
            ["Feeds:0:Interval"] = "00:01:00",
            ["Feeds:0:Format:BreakingWords:0"] = "URGENT",
        });

        var feed = settings.Feeds[0];
        Assert.Equal(TimeSpan.FromMinutes(1), feed.Interval);
        Assert.Equal(TimeSpan.FromDays(1), feed.MaxAge);
        Assert.Equal("Europe/Berlin", feed.Format.TimeZone);
        Assert.Equal(["URGENT"], feed.Format.BreakingWords);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Defaults.Interval);
    }

    [Fact]
    public void A_misspelt_key_is_an_error_naming_it()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Feeds:0:Intervall"] = "00:01:00" }));

        Assert.Contains(error.Errors, e => e.Key == "Feeds:0" && e.Reason.Contains("Intervall"));
    }

    [Fact]
    public void A_scrape_section_binds_and_its_misspelt_or_bad_keys_are_named()
    {
        var settings = Load(new() { ["Feeds:0:Scrape:Item"] = "article", ["Feeds:0:Scrape:Title"] = "h2", ["Feeds:0:Scrape:Link"] = "a@href" });
        var error = Assert.Throws<SettingsException>(() => Load(new()
        {
            ["Feeds:0:Scrape:Itme"] = "article",
            ["Feeds:0:Scrape:Title"] = "h2[",
            ["Feeds:0:Scrape:Link"] = "a@href",
        }));

        Assert.Equal("a@href", settings.Feeds[0].Scrape?.Link);
        Assert.Contains(error.Errors, e => e.Key == "Feeds:0" && e.Reason.Contains("Itme"));
        Assert.Contains(error.Errors, e => e.Key == "Feeds:0:Scrape:Title" && e.Reason.Contains("not a CSS selector"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_key()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Defaults:Interval"] = "often" }));

        Assert.Contains(error.Errors, e => e.Key == "Defaults:Interval");
    }

    [Fact]
    public void A_broken_template_names_the_key()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Channels:news:Template"] = "<b>{{ title }}" }));

        Assert.Contains(error.Errors, e => e.Key == "Channels:news:Template");
    }

    [Fact]
    public void A_bad_cron_or_DisableAfter_names_the_key()
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { ["Feeds:0:Cron"] = "*/5 * * * *", ["Defaults:DisableAfter"] = "00:00:00" }));

        Assert.Contains(error.Errors, e => e.Key == "Feeds:0:Cron" && e.Reason.Contains("not a Quartz cron expression"));
        Assert.Contains(error.Errors, e => e.Key == "Defaults:DisableAfter");
    }

    [Fact]
    public void A_feed_may_poll_on_a_cron_expression()
    {
        Assert.Equal("0 */5 * * * ?", Load(new() { ["Feeds:0:Cron"] = "0 */5 * * * ?" }).Feeds[0].Cron);
    }

    [Theory]
    [InlineData("Serilog:MinimumLevel:Default", "Loud")]
    [InlineData("Serilog:MinimumLevel:Override:Quartz", "Chatty")]
    [InlineData("Serilog:MinimumLevel", "7")]
    [InlineData("Logging:Format", "xml")]
    public void Log_settings_serilog_would_crash_on_are_named(string key, string value)
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { [key] = value }));

        Assert.Contains(error.Errors, e => e.Key == key && e.Reason.Contains(value));
    }

    [Theory]
    [InlineData("Defaults:Interval", "5 minutes", "d.hh:mm:ss")]
    [InlineData("Defaults:Format:Images", "Picture", "one of Photo, LinkPreview, None")]
    [InlineData("Channels:news:Updates", "Reply", "one of Edit, Ignore, Post")]
    public void A_bad_value_says_what_a_good_one_looks_like(string key, string value, string hint)
    {
        var error = Assert.Throws<SettingsException>(() => Load(new() { [key] = value }));

        Assert.Contains(error.Errors, e => e.Key == key && e.Reason.Contains(hint));
    }

    [Fact]
    public void A_misspelt_section_in_the_file_is_named()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{ "Telegramm": { "BotToken": "1:x" }, "Channels": {} }""");

        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Load(new ConfigurationBuilder().AddNewsBotSettings(path).Build()));

        Assert.Contains(error.Errors, e => e.Key == "Telegramm");
        File.Delete(path);
    }

    [Fact]
    public void Environment_style_overrides_win()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Base())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = "42:override" })
            .Build();

        Assert.Equal("42:override", SettingsLoader.Load(configuration).Telegram.BotToken);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\n  \"Telegram\": {\n    \"BotToken\": \n}");

        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Load(new ConfigurationBuilder().AddNewsBotSettings(path).Build()));

        Assert.Contains("line 4", Assert.Single(error.Errors).Reason);
        File.Delete(path);
    }

    private static NewsBotSettings Load(Dictionary<string, string?> values)
    {
        var all = Base();
        foreach (var (key, value) in values)
        {
            all[key] = value;
        }
        return SettingsLoader.Load(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
    }

    private static Dictionary<string, string?> Base() => new()
    {
        ["Channels:news:ChatId"] = "@news",
        ["Feeds:0:Name"] = "wire",
        ["Feeds:0:Url"] = "https://wire.example/rss",
        ["Feeds:0:Channels:0"] = "news",
    };
}
