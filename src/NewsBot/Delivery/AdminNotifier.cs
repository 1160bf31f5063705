using NewsBot.Core.Formatting;
using NewsBot.Hosting;

namespace NewsBot.Delivery;

/// <summary>Tells the admin chat (Telegram:AdminChatId) what an operator must know: a channel paused or back, a post given up.</summary>
public sealed partial class AdminNotifier(IPostSender sender, CurrentSettings settings, ILogger<AdminNotifier> logger)
{
    public async Task NotifyAsync(string text)
    {
        var chat = settings.Value.Telegram.AdminChatId;
        if (chat.Length == 0)
        {
            return;
        }
        var notice = new OutgoingPost { Html = TelegramHtml.Escape(text), PlainText = text, DisableLinkPreview = true };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        if (await sender.SendAsync(new ChannelTarget("admin", chat), notice, timeout.Token) is not SendResult.Sent)
        {
            LogNoticeFailed(text);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the admin chat: {Notice}")]
    private partial void LogNoticeFailed(string notice);
}
