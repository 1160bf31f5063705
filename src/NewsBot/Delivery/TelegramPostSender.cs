using NewsBot.Core.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery;

/// <summary>Sends posts with Telegram.Bot and turns every outcome into a <see cref="SendResult"/>; never throws for Telegram errors.</summary>
public sealed class TelegramPostSender(ITelegramBotClient bot) : IPostSender
{
    public async Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        var chatId = ChatIdOf(target.ChatId);
        try
        {
            var message = post.PhotoUrl is { } photo
                ? await bot.SendPhoto(chatId, InputFile.FromUri(photo), caption: post.Html, parseMode: ParseMode.Html,
                    disableNotification: post.Silent, cancellationToken: cancellationToken)
                : await bot.SendMessage(chatId, post.Html, ParseMode.Html,
                    disableNotification: post.Silent, cancellationToken: cancellationToken);
            return new SendResult.Sent(message.MessageId);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            return new SendResult.RateLimited(TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1));
        }
        catch (ApiRequestException e)
        {
            return new SendResult.Failed($"{e.ErrorCode} {e.Message}", Transient: e.ErrorCode >= 500);
        }
        catch (RequestException e)
        {
            // No answer, a dropped connection or a timeout: Telegram may or may not have the post.
            return new SendResult.Failed(e.Message, Transient: true);
        }
    }

    private static ChatId ChatIdOf(string chatId) => long.TryParse(chatId, out var id) ? new ChatId(id) : new ChatId(chatId);
}
