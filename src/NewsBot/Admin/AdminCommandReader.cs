using NewsBot.Cluster;
using NewsBot.Delivery;
using NewsBot.Hosting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Admin;

/// <summary>
/// Reads admin commands with long polling (getUpdates) and answers in the same chat. Only users in
/// Telegram:AdminUserIds are heard; anyone else is ignored and logged. Only the leading instance reads (one reader
/// per token); a 409 Conflict all the same (another process with the token) means: back off and try again. Failures
/// are one <see cref="FaultEpisode"/>: logged once, not at every retry.
/// </summary>
public sealed partial class AdminCommandReader(
    ITelegramBotClient bot,
    AdminCommands commands,
    IUpdatesLeadership leadership,
    IPostSender sender,
    CurrentSettings settings,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<AdminCommandReader> logger) : BackgroundService
{
    public static readonly TimeSpan ConflictBackoff = TimeSpan.FromSeconds(30);
    private const int LongPollSeconds = 25;
    private readonly FaultEpisode _faults = faults.For("Reading admin commands", logger);
    private int? _offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await leadership.LeadAsync(stoppingToken))
                {
                    // Another instance reads the commands; take over if it goes.
                    _faults.Succeeded();
                    await Task.Delay(ConflictBackoff, time, stoppingToken);
                    continue;
                }
                var updates = await bot.GetUpdates(_offset, 100, LongPollSeconds, [UpdateType.Message], stoppingToken);
                _faults.Succeeded();
                foreach (var update in updates)
                {
                    _offset = update.Id + 1;
                    await HandleAsync(update.Message, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                await BackOffAsync(e, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(Message? message, CancellationToken stoppingToken)
    {
        if (message?.Text is not { } text || !text.StartsWith('/') || message.From is not { } from)
        {
            return;
        }
        var command = AdminText.Echo(text.Split(' ')[0]);
        if (!settings.Value.Telegram.AdminUserIds.Contains(from.Id))
        {
            LogRefused(from.Id, from.Username, command);
            return;
        }
        if (!IsPrivateToAdmins(message.Chat))
        {
            // Feed errors and URLs are for the admins, not for every member of a group.
            LogNotPrivate(from.Id, message.Chat.Id, command);
            return;
        }
        var echo = AdminText.Echo(text);
        LogCommand(from.Id, echo);
        var reply = await commands.HandleAsync(text, stoppingToken);
        var chat = message.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (await sender.SendAsync(new ChannelTarget("admin", chat), reply, stoppingToken) is not SendResult.Sent)
        {
            LogReplyFailed(chat);
        }
    }

    /// <summary>A private chat with the admin, or the chat of Telegram:AdminChatId.</summary>
    private bool IsPrivateToAdmins(Chat chat)
    {
        var adminChat = settings.Value.Telegram.AdminChatId;
        return chat.Type == ChatType.Private
            || (adminChat.Length > 0 && (adminChat == chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                || string.Equals(adminChat.TrimStart('@'), chat.Username, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A 409 waits longer than other faults: the other reader holds the updates for a while.</summary>
    private async Task BackOffAsync(Exception e, CancellationToken stoppingToken)
    {
        _faults.Failed(e);
        await _faults.WaitAsync(e is ApiRequestException { ErrorCode: 409 } ? ConflictBackoff : _faults.Backoff, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored admin command {Command} from user {UserId} (@{Username}): not in Telegram:AdminUserIds")]
    private partial void LogRefused(long userId, string? username, string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin command from user {UserId}: {Command}")]
    private partial void LogCommand(long userId, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored admin command {Command} from user {UserId} in chat {ChatId}: admin commands are answered only in a private chat or in Telegram:AdminChatId")]
    private partial void LogNotPrivate(long userId, long chatId, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer the admin command in chat {Chat}")]
    private partial void LogReplyFailed(string chat);
}
