using NewsBot.Core.Settings;
using NewsBot.Hosting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery;

/// <summary>
/// At start, asks Telegram whether the token works (getMe) and whether the bot may post in each channel (getChat,
/// getChatMember), and says once what is wrong, naming the setting — rather than a stream of "401 Unauthorized" or
/// "chat not found" send failures. A network that is down is no settings mistake: it waits and asks again.
/// </summary>
public sealed partial class TelegramStartupCheck(ITelegramBotClient bot, CurrentSettings settings, TimeProvider time, ILogger<TelegramStartupCheck> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await WhoAmIAsync(stoppingToken) is { } me)
            {
                foreach (var (name, channel) in settings.Value.Channels)
                {
                    await CheckChannelAsync(name, channel, me, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>The bot's own user, or null when Telegram refuses the token.</summary>
    private async Task<User?> WhoAmIAsync(CancellationToken stoppingToken)
    {
        var told = false;
        while (true)
        {
            try
            {
                return await bot.GetMe(stoppingToken);
            }
            catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
            {
                LogBadToken($"{e.ErrorCode} {e.Message}");
                return null;
            }
            catch (Exception e) when (e is RequestException or ApiRequestException && !stoppingToken.IsCancellationRequested)
            {
                if (!told)
                {
                    LogUnreachable(e.Message, RetryEvery.TotalSeconds);
                    told = true;
                }
                await Task.Delay(RetryEvery, time, stoppingToken);
            }
        }
    }

    private async Task CheckChannelAsync(string name, ChannelSettings channel, User me, CancellationToken stoppingToken)
    {
        var chatId = TelegramChatIds.Of(channel.ChatId);
        try
        {
            var chat = await bot.GetChat(chatId, stoppingToken);
            var member = await bot.GetChatMember(chatId, me.Id, stoppingToken);
            if (!MayPost(chat.Type, member))
            {
                LogCannotPost(name, channel.ChatId, member.Status.ToString().ToLowerInvariant(), chat.Type == ChatType.Channel
                    ? "make the bot an administrator of the channel allowed to post messages"
                    : "add the bot to the group and let it send messages");
            }
        }
        catch (ApiRequestException e)
        {
            LogBadChat(name, channel.ChatId, $"{e.ErrorCode} {e.Message}");
        }
        catch (RequestException)
        {
            // The network went away between the questions: the sends will say so.
        }
    }

    private static bool MayPost(ChatType type, ChatMember member) => member switch
    {
        ChatMemberOwner => true,
        ChatMemberAdministrator admin => type != ChatType.Channel || admin.CanPostMessages != false,
        ChatMemberMember => type != ChatType.Channel,
        ChatMemberRestricted restricted => type != ChatType.Channel && restricted.CanSendMessages,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram:BotToken was refused by Telegram ({Reason}): copy the token again from @BotFather (it looks like 123456789:AAbb…); nothing can be posted until it is fixed")]
    private partial void LogBadToken(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram cannot be reached to check the token and the channels ({Reason}); asking again every {Seconds} s, posts wait in the outbox")]
    private partial void LogUnreachable(string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channels:{Channel}:ChatId '{ChatId}': Telegram says {Reason}; check the id (a @username or the numeric id), and add the bot to that chat")]
    private partial void LogBadChat(string channel, string chatId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channels:{Channel}:ChatId '{ChatId}': the bot may not post there (it is {Status}); {Fix}")]
    private partial void LogCannotPost(string channel, string chatId, string status, string fix);
}
