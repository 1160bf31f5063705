using NewsBot.Core.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery;

/// <summary>
/// Sends posts with Telegram.Bot and turns every outcome into a <see cref="SendResult"/>. A refused photo goes out
/// as text, refused HTML as plain text: a post is never lost to its own formatting.
/// </summary>
public sealed class TelegramPostSender(ITelegramBotClient bot) : IPostSender
{
    public async Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        var chatId = ChatIdOf(target.ChatId);
        try
        {
            return await SendWithFallbacksAsync(chatId, post, cancellationToken);
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

    private async Task<SendResult> SendWithFallbacksAsync(ChatId chatId, OutgoingPost post, CancellationToken cancellationToken)
    {
        if (post.PhotoUrl is { } photo)
        {
            try
            {
                var message = await bot.SendPhoto(chatId, InputFile.FromUri(photo), caption: post.Html, parseMode: ParseMode.Html,
                    disableNotification: post.Silent, cancellationToken: cancellationToken);
                return new SendResult.Sent(message.MessageId);
            }
            catch (ApiRequestException e) when (TelegramErrors.IsPhotoRefused(e))
            {
                // Telegram could not fetch or use the picture: the story still goes out, as text.
            }
        }
        try
        {
            return await SendTextAsync(chatId, post, post.Html, ParseMode.Html, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsHtmlRefused(e))
        {
            return await SendTextAsync(chatId, post, post.PlainText, ParseMode.None, cancellationToken);
        }
    }

    private async Task<SendResult> SendTextAsync(ChatId chatId, OutgoingPost post, string text, ParseMode parseMode, CancellationToken cancellationToken)
    {
        var message = await bot.SendMessage(chatId, text, parseMode, linkPreviewOptions: PreviewOf(post),
            disableNotification: post.Silent, cancellationToken: cancellationToken);
        return new SendResult.Sent(message.MessageId);
    }

    private static LinkPreviewOptions PreviewOf(OutgoingPost post) =>
        post.DisableLinkPreview
            ? new LinkPreviewOptions { IsDisabled = true }
            : new LinkPreviewOptions { Url = post.PreviewUrl ?? post.Link, PreferLargeMedia = post.PreferLargePreview };

    private static ChatId ChatIdOf(string chatId) => long.TryParse(chatId, out var id) ? new ChatId(id) : new ChatId(chatId);
}
