using NewsBot.Core.Formatting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Delivery;

/// <summary>
/// Sends posts with Telegram.Bot and turns every outcome into a <see cref="SendResult"/>. A refused photo goes out
/// as text, refused HTML as plain text, a text too long shortened: a post is never lost to its own formatting.
/// A group upgraded to a supergroup is followed to its new id. A reply answers its first post, or stands alone
/// when that post is gone.
/// </summary>
public sealed partial class TelegramPostSender(ITelegramBotClient bot, ChatMigrations migrations, ILogger<TelegramPostSender> logger) : IPostSender
{
    public async Task<SendResult> SendAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            return new SendResult.Sent(await SendWithFallbacksAsync(target, post, cancellationToken));
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            return new SendResult.RateLimited(TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1));
        }
        catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } newChatId && migrations.Follow(target, newChatId))
        {
            LogMigrated(target.Name, target.ChatId, newChatId);
            return await SendAsync(target, post, cancellationToken);
        }
        catch (ApiRequestException e)
        {
            return new SendResult.Failed($"{e.ErrorCode} {e.Message}", TelegramErrors.Classify(e));
        }
        catch (RequestException e)
        {
            // No answer, a dropped connection or a timeout: Telegram may or may not have the post.
            return new SendResult.Failed(e.Message, FailureKind.Transient, AnswerLost: true);
        }
    }

    public Task<string?> PinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken) =>
        RefusalOf(() => bot.PinChatMessage(migrations.ChatIdOf(target), (int)messageId, disableNotification: true, cancellationToken: cancellationToken));

    public Task<string?> UnpinAsync(ChannelTarget target, long messageId, CancellationToken cancellationToken) =>
        RefusalOf(() => bot.UnpinChatMessage(migrations.ChatIdOf(target), (int)messageId, cancellationToken: cancellationToken));

    private async Task<long> SendWithFallbacksAsync(ChannelTarget target, OutgoingPost post, CancellationToken cancellationToken)
    {
        var chatId = migrations.ChatIdOf(target);
        var button = PostMarkup.ButtonFor(target, post);
        if (post.PhotoUrl is { } photo)
        {
            try
            {
                var message = await bot.SendPhoto(chatId, InputFile.FromUri(photo), caption: post.Html, parseMode: ParseMode.Html,
                    replyMarkup: button, messageThreadId: target.ThreadId, disableNotification: post.Silent, replyParameters: ReplyOf(post),
                    cancellationToken: cancellationToken);
                return message.MessageId;
            }
            catch (ApiRequestException e) when (TelegramErrors.IsPhotoRefused(e))
            {
                // Telegram could not fetch or use the picture: the story still goes out, as text.
            }
        }
        try
        {
            return await SendTextAsync(chatId, target, post, post.Html, ParseMode.Html, button, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsHtmlRefused(e))
        {
            return await SendTextAsync(chatId, target, post, post.PlainText, ParseMode.None, button, cancellationToken);
        }
        catch (ApiRequestException e) when (TelegramErrors.IsTooLong(e))
        {
            // Telegram counts differently than we do in some corner: one post still, a little shorter.
            var shorter = TelegramHtml.Truncate(post.Html, TelegramHtml.Length(post.Html) * 9 / 10);
            return await SendTextAsync(chatId, target, post, shorter, ParseMode.Html, button, cancellationToken);
        }
    }

    private async Task<long> SendTextAsync(
        ChatId chatId, ChannelTarget target, OutgoingPost post, string text, ParseMode parseMode, InlineKeyboardMarkup? button, CancellationToken cancellationToken)
    {
        var message = await bot.SendMessage(chatId, text, parseMode, linkPreviewOptions: PostMarkup.PreviewOf(target, post), replyMarkup: button,
            messageThreadId: target.ThreadId, disableNotification: post.Silent, replyParameters: ReplyOf(post), cancellationToken: cancellationToken);
        return message.MessageId;
    }

    private static ReplyParameters? ReplyOf(OutgoingPost post) =>
        post.ReplyTo is { } messageId ? new ReplyParameters { MessageId = (int)messageId, AllowSendingWithoutReply = true } : null;

    private static async Task<string?> RefusalOf(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (RequestException e)
        {
            return e.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel}: chat {ChatId} was upgraded to a supergroup; following it to {NewChatId}. Update Channels:{Channel}:ChatId.")]
    private partial void LogMigrated(string channel, string chatId, long newChatId);
}
