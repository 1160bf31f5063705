using NewsBot.Core.Settings;

namespace NewsBot.Core.Tests.Settings;

public class SettingsValidatorTests
{
    [Fact]
    public void Good_settings_pass()
    {
        Assert.Empty(SettingsValidator.Validate(Valid()));
    }

    [Fact]
    public void Unknown_channel_names_the_key()
    {
        var settings = Valid();
        settings.Feeds[0].Channels = ["nope"];

        var error = Assert.Single(SettingsValidator.Validate(settings));

        Assert.Equal("Feeds:0:Channels:0", error.Key);
        Assert.Contains("unknown channel 'nope'", error.Reason);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/feed")]
    [InlineData("/no/such/file.xml")]
    public void Bad_url_names_the_key(string url)
    {
        var settings = Valid();
        settings.Feeds[0].Url = url;

        Assert.Equal("Feeds:0:Url", Assert.Single(SettingsValidator.Validate(settings)).Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Polls_in_flight_out_of_range_names_the_key(int polls)
    {
        var settings = Valid();
        settings.Cluster.PollsInFlight = polls;

        var error = Assert.Single(SettingsValidator.Validate(settings));

        Assert.Equal("Cluster:PollsInFlight", error.Key);
    }

    [Fact]
    public void Non_positive_interval_names_the_key()
    {
        var settings = Valid();
        settings.Feeds[0].Interval = TimeSpan.Zero;
        settings.Defaults.Interval = TimeSpan.FromSeconds(-1);

        var keys = SettingsValidator.Validate(settings).Select(e => e.Key);

        Assert.Equal(["Defaults:Interval", "Feeds:0:Interval", "Feeds:0:Interval"], keys);
    }

    [Theory]
    [InlineData("https://wire.example/rss", true)]
    [InlineData("http://127.0.0.1:8081/rss", false)]
    [InlineData("http://localhost/rss", false)]
    public void An_interval_below_ten_seconds_is_refused_for_a_feed_on_another_host(string url, bool refused)
    {
        var settings = Valid();
        settings.Feeds[0].Url = url;
        settings.Feeds[0].Interval = TimeSpan.FromSeconds(1);

        var errors = SettingsValidator.Validate(settings);

        Assert.Equal(refused, errors.Any(e => e.Key == "Feeds:0:Interval" && e.Reason.Contains("at least 00:00:10", StringComparison.Ordinal)));
    }

    [Fact]
    public void Duplicate_feed_name_is_refused()
    {
        var settings = Valid();
        settings.Feeds.Add(new FeedSettings { Name = "WIRE", Url = "https://b.example/rss", Channels = ["news"] });

        var error = Assert.Single(SettingsValidator.Validate(settings));

        Assert.Equal("Feeds:1:Name", error.Key);
        Assert.Contains("duplicate", error.Reason);
    }

    [Theory]
    [InlineData("news")]
    [InlineData("@")]
    [InlineData("")]
    public void Bad_chat_id_is_refused(string chatId)
    {
        var settings = Valid();
        settings.Channels["news"].ChatId = chatId;

        Assert.Equal("Channels:news:ChatId", Assert.Single(SettingsValidator.Validate(settings)).Key);
    }

    [Fact]
    public void A_malformed_token_is_refused_without_echoing_it()
    {
        var settings = Valid();
        settings.Telegram.BotToken = "secret-without-colon";

        var error = Assert.Single(SettingsValidator.Validate(settings));

        Assert.Equal("Telegram:BotToken", error.Key);
        Assert.DoesNotContain("secret", error.Reason);
    }

    [Fact]
    public void Unknown_storage_provider_is_refused()
    {
        var settings = Valid();
        settings.Storage.Provider = "Mongo";

        Assert.Equal("Storage:Provider", Assert.Single(SettingsValidator.Validate(settings)).Key);
    }

    [Theory]
    [InlineData("Postgres", "Data Source=data/newsbot.db")]
    [InlineData("Sqlite", "Host=db;Database=newsbot")]
    public void A_connection_string_for_the_other_provider_is_refused(string provider, string connectionString)
    {
        var settings = Valid();
        settings.Storage = new StorageSettings { Provider = provider, ConnectionString = connectionString };

        var error = Assert.Single(SettingsValidator.Validate(settings));

        Assert.Equal("Storage:ConnectionString", error.Key);
        Assert.Contains(provider == "Postgres" ? "PostgreSQL" : "SQLite", error.Reason);
    }

    [Theory]
    [InlineData("newsbot.example.com")]
    [InlineData("ftp://newsbot.example.com")]
    public void A_callback_base_url_that_is_no_http_url_names_the_key(string url)
    {
        var settings = Valid();
        settings.WebSub.CallbackBaseUrl = url;

        Assert.Equal("WebSub:CallbackBaseUrl", Assert.Single(SettingsValidator.Validate(settings)).Key);
    }

    [Fact]
    public void An_adaptive_range_that_does_not_hold_the_interval_names_the_keys()
    {
        var settings = Valid();
        settings.Defaults.MinInterval = TimeSpan.FromMinutes(10);
        settings.Feeds[0].MaxInterval = TimeSpan.FromMinutes(1);
        settings.Feeds[0].MinInterval = TimeSpan.FromSeconds(2);

        var errors = SettingsValidator.Validate(settings);

        Assert.Equal(["Defaults:MinInterval", "Feeds:0:MinInterval", "Feeds:0:MaxInterval"], errors.Select(e => e.Key));
        Assert.Contains("must lie between 00:00:00.1 and the Interval (00:05:00), not 00:10:00", errors[0].Reason);
        Assert.Contains("for a feed on another host", errors[1].Reason);
        Assert.Contains("must be at least the Interval (00:05:00), not 00:01:00", errors[2].Reason);
    }

    private static NewsBotSettings Valid() => new()
    {
        Channels = { ["news"] = new ChannelSettings { ChatId = "@news" } },
        Feeds = [new FeedSettings { Name = "wire", Url = "https://a.example/rss", Channels = ["news"] }],
    };
}
