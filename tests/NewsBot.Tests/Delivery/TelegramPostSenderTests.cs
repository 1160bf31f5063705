using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Formatting;
using NewsBot.Delivery;
using NewsBot.Testing.Telegram;
using Telegram.Bot;

namespace NewsBot.Tests.Delivery;

/// <summary>The real Telegram.Bot client over HTTP to the fake Bot API, through our sender.</summary>
public sealed class TelegramPostSenderTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;
    private TelegramPostSender _sender = null!;

    private static ChannelTarget News => new("news", "@news");

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync("@news");
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        _sender = new TelegramPostSender(client, new ChatMigrations(), NullLogger<TelegramPostSender>.Instance);
    }

    [Fact]
    public async Task Sends_html_silently_and_returns_the_message_id()
    {
        var result = await _sender.SendAsync(News, Post("<b>Headline</b>\n\nSummary."), default);

        var message = Assert.Single(_api.Messages);
        Assert.Equal(new SendResult.Sent(message.MessageId), result);
        Assert.Equal("Headline\n\nSummary.", message.PlainText);
        Assert.True(message.DisableNotification);
    }

    [Fact]
    public async Task Refused_html_goes_out_as_plain_text()
    {
        var post = Post("<b>Broken <p>markup</b>") with { PlainText = "Broken markup" };

        var result = await _sender.SendAsync(News, post, default);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal("Broken markup", Assert.Single(_api.Messages).PlainText);
    }

    [Fact]
    public async Task A_photo_telegram_cannot_fetch_goes_out_as_text()
    {
        _api.UnfetchablePhotos["https://img.example/gone.jpg"] = 0;

        var result = await _sender.SendAsync(News, Post("<b>With picture</b>") with { PhotoUrl = "https://img.example/gone.jpg" }, default);

        Assert.IsType<SendResult.Sent>(result);
        var message = Assert.Single(_api.Messages);
        Assert.Equal("sendMessage", message.Method);
        Assert.Equal("With picture", message.PlainText);
    }

    [Fact]
    public async Task A_photo_post_is_sent_as_photo_with_caption()
    {
        await _sender.SendAsync(News, Post("<b>Caption</b>") with { PhotoUrl = "https://img.example/a.jpg" }, default);

        var message = Assert.Single(_api.Messages);
        Assert.Equal(("sendPhoto", "https://img.example/a.jpg", "Caption"), (message.Method, message.Photo, message.PlainText));
    }

    [Fact]
    public async Task Channel_options_reach_telegram()
    {
        var target = News with { ThreadId = 42, ReadMoreButton = true, LinkPreviews = false };

        await _sender.SendAsync(target, Post("<b>T</b>") with { Link = "https://news.example/a", Silent = false }, default);

        var args = Assert.Single(_api.Messages).Arguments;
        Assert.Equal("42", args["message_thread_id"]);
        Assert.Contains("https://news.example/a", args["reply_markup"]);
        Assert.Contains("\"is_disabled\":true", args["link_preview_options"]);
        Assert.False(args.ContainsKey("disable_notification"));
    }

    [Fact]
    public async Task Rate_limit_is_reported_with_telegrams_wait()
    {
        _api.InjectedRetryAfterSeconds = 7;
        _api.Inject(BotFault.TooManyRequests);

        var result = await _sender.SendAsync(News, Post("<b>T</b>"), default);

        Assert.Equal(new SendResult.RateLimited(TimeSpan.FromSeconds(7)), result);
        Assert.Empty(_api.Messages);
    }

    [Theory]
    [InlineData(BotFault.ServerError)]
    [InlineData(BotFault.DropBeforeAccept)]
    public async Task Server_errors_and_dropped_connections_are_transient(BotFault fault)
    {
        _api.Inject(fault);

        var result = await _sender.SendAsync(News, Post("<b>T</b>"), default);

        Assert.Equal(FailureKind.Transient, Assert.IsType<SendResult.Failed>(result).Kind);
    }

    [Fact]
    public async Task A_kicked_bot_is_a_permanent_failure_naming_the_reason()
    {
        _api.Kick("@news");

        var failed = Assert.IsType<SendResult.Failed>(await _sender.SendAsync(News, Post("<b>T</b>"), default));

        Assert.Equal(FailureKind.ChannelUnavailable, failed.Kind);
        Assert.Contains("kicked", failed.Reason);
    }

    [Fact]
    public async Task Pins_and_unpins_and_reports_missing_rights()
    {
        var sent = (SendResult.Sent)await _sender.SendAsync(News, Post("<b>T</b>"), default);

        Assert.Null(await _sender.PinAsync(News, sent.MessageId, default));
        Assert.True(_api.IsPinned(sent.MessageId));
        Assert.Null(await _sender.UnpinAsync(News, sent.MessageId, default));
        Assert.False(_api.IsPinned(sent.MessageId));

        _api.CanPin = false;
        Assert.Contains("not enough rights", await _sender.PinAsync(News, sent.MessageId, default));
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_is_followed_to_its_new_id()
    {
        _api.Migrate("@news", -1009999);

        var first = await _sender.SendAsync(News, Post("<b>One</b>"), default);
        var second = await _sender.SendAsync(News, Post("<b>Two</b>"), default);

        Assert.IsType<SendResult.Sent>(first);
        Assert.IsType<SendResult.Sent>(second);
        Assert.Equal(["One", "Two"], _api.Messages.Where(m => m.ChatId == -1009999).Select(m => m.PlainText));
    }

    [Fact]
    public async Task A_text_telegram_finds_too_long_is_shortened_into_one_post()
    {
        _api.MessageMaxLength = 140;
        var text = "<b>Headline</b>\n\n" + string.Join(' ', Enumerable.Repeat("word", 27));

        var result = await _sender.SendAsync(News, Post(text), default);

        Assert.IsType<SendResult.Sent>(result);
        var message = Assert.Single(_api.Messages);
        Assert.StartsWith("Headline", message.PlainText);
        Assert.InRange(message.PlainText.Length, 100, 140);
    }

    private static OutgoingPost Post(string html) => new() { Html = html, PlainText = html, Silent = true };

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
