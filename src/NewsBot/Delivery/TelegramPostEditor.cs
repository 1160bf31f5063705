using NewsBot.Core.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery;

/// <summary>
/// Edits posts with Telegram.Bot (editMessageText, or editMessageCaption for a photo) and turns every outcome into a
/// <see cref="SendResult"/>. Refused HTML is edited as plain text; a post that went out in the other form (a photo
/// Telegram refused, sent as text) is edited in that form; a chat upgraded to a supergroup is followed as sends follow it.
/// </summary>
public sealed class TelegramPostEditor(ITelegramBotClient bot, ChatMigrations migrations) : IPostEditor
{
    public async Task<SendResult> EditAsync(ChannelTarget target, long? messageId, OutgoingPost post, CancellationToken cancellationToken)
    {
        if (messageId is not { } id)
        {
            return new SendResult.Failed("the post was never sent", FailureKind.MessageGone);
        }
        try
        {
            await EditFollowingAsync(target, (int)id, post, cancellationToken);
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
            return new SendResult.Failed($"{e.ErrorCode} {e.Message}", KindOf(e));
        }
        catch (RequestException e)
        {
            return new SendResult.Failed(e.Message, FailureKind.Transient);
        }
    }

    private static FailureKind KindOf(ApiRequestException e) =>
        TelegramErrors.IsMessageGone(e) ? FailureKind.MessageGone
        : TelegramErrors.IsEditClosed(e) ? FailureKind.EditsClosed
        : TelegramErrors.Classify(e);

    private async Task EditFollowingAsync(ChannelTarget target, int messageId, OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            await EditWithFallbackAsync(target, messageId, post, cancellationToken);
        }
        catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } newChatId && migrations.Follow(target, newChatId))
        {
            await EditWithFallbackAsync(target, messageId, post, cancellationToken);
        }
    }

    private async Task EditWithFallbackAsync(ChannelTarget target, int messageId, OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            await EditInFormAsync(target, messageId, post, post.PhotoUrl is not null, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsOtherForm(e))
        {
            await EditInFormAsync(target, messageId, post, post.PhotoUrl is null, cancellationToken);
        }
    }

    private async Task EditInFormAsync(ChannelTarget target, int messageId, OutgoingPost post, bool caption, CancellationToken cancellationToken)
    {
        try
        {
            await EditAsync(target, messageId, post, caption, post.Html, ParseMode.Html, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsHtmlRefused(e))
        {
            await EditAsync(target, messageId, post, caption, post.PlainText, ParseMode.None, cancellationToken);
        }
    }

    private Task<Message> EditAsync(ChannelTarget target, int messageId, OutgoingPost post, bool caption, string text, ParseMode parseMode, CancellationToken cancellationToken)
    {
        var chatId = migrations.ChatIdOf(target);
        return caption
            ? bot.EditMessageCaption(chatId, messageId, text, parseMode, replyMarkup: PostMarkup.ButtonFor(target, post), cancellationToken: cancellationToken)
            : bot.EditMessageText(chatId, messageId, text, parseMode, linkPreviewOptions: PostMarkup.PreviewOf(target, post),
                replyMarkup: PostMarkup.ButtonFor(target, post), cancellationToken: cancellationToken);
    }
}
