using NewsBot.Core.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery;

/// <summary>Edits posts with Telegram.Bot (editMessageText, or editMessageCaption for a photo) and turns every outcome into a <see cref="SendResult"/>.</summary>
public sealed class TelegramPostEditor(ITelegramBotClient bot) : IPostEditor
{
    public async Task<SendResult> EditAsync(ChannelTarget target, long? messageId, OutgoingPost post, CancellationToken cancellationToken)
    {
        if (messageId is not { } id)
        {
            return new SendResult.Failed("the post was never sent", FailureKind.Uneditable);
        }
        try
        {
            await EditWithFallbackAsync(ChatIdOf(target), (int)id, target, post, cancellationToken);
            return new SendResult.Sent(id);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsNotModified(e))
        {
            return new SendResult.Sent(id);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            return new SendResult.RateLimited(TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1));
        }
        catch (ApiRequestException e)
        {
            return new SendResult.Failed($"{e.ErrorCode} {e.Message}", TelegramErrors.IsUneditable(e) ? FailureKind.Uneditable : TelegramErrors.Classify(e));
        }
        catch (RequestException e)
        {
            return new SendResult.Failed(e.Message, FailureKind.Transient);
        }
    }

    private async Task EditWithFallbackAsync(ChatId chatId, int messageId, ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            await EditAsync(chatId, messageId, target, post, post.Html, ParseMode.Html, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsHtmlRefused(e))
        {
            await EditAsync(chatId, messageId, target, post, post.PlainText, ParseMode.None, cancellationToken);
        }
    }

    private Task<Message> EditAsync(ChatId chatId, int messageId, ChannelTarget target, OutgoingPost post, string text, ParseMode parseMode, CancellationToken cancellationToken) =>
        post.PhotoUrl is null
            ? bot.EditMessageText(chatId, messageId, text, parseMode, linkPreviewOptions: PostMarkup.PreviewOf(target, post),
                replyMarkup: PostMarkup.ButtonFor(target, post), cancellationToken: cancellationToken)
            : bot.EditMessageCaption(chatId, messageId, text, parseMode, replyMarkup: PostMarkup.ButtonFor(target, post), cancellationToken: cancellationToken);

    private static ChatId ChatIdOf(ChannelTarget target) =>
        long.TryParse(target.ChatId, out var id) ? new ChatId(id) : new ChatId(target.ChatId);
}
