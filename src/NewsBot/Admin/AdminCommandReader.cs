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
/// per token); a 409 Conflict all the same (another process with the token) means: back off and try again.
/// </summary>
public sealed partial class AdminCommandReader(
    ITelegramBotClient bot,
    AdminCommands commands,
    IUpdatesLeadership leadership,
    IPostSender sender,
    CurrentSettings settings,
    TimeProvider time,
    ILogger<AdminCommandReader> logger) : BackgroundService
{
    public static readonly TimeSpan ConflictBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(5);
    private const int LongPollSeconds = 25;
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
                    await Task.Delay(ConflictBackoff, time, stoppingToken);
                    continue;
                }
                var updates = await bot.GetUpdates(_offset, 100, LongPollSeconds, [UpdateType.Message], stoppingToken);
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
        if (!settings.Value.Telegram.AdminUserIds.Contains(from.Id))
        {
            LogRefused(from.Id, from.Username, text.Split(' ')[0]);
            return;
        }
        LogCommand(from.Id, text);
        var reply = await commands.HandleAsync(text, stoppingToken);
        var chat = message.Chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (await sender.SendAsync(new ChannelTarget("admin", chat), reply, stoppingToken) is not SendResult.Sent)
        {
            LogReplyFailed(chat);
        }
    }

    private async Task BackOffAsync(Exception e, CancellationToken stoppingToken)
    {
        var conflict = e is ApiRequestException { ErrorCode: 409 };
        if (conflict)
        {
            LogConflict(ConflictBackoff.TotalSeconds);
        }
        else
        {
            LogReadFailed(e.Message, ErrorBackoff.TotalSeconds);
        }
        try
        {
            await Task.Delay(conflict ? ConflictBackoff : ErrorBackoff, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored admin command {Command} from user {UserId} (@{Username}): not in Telegram:AdminUserIds")]
    private partial void LogRefused(long userId, string? username, string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin command from user {UserId}: {Command}")]
    private partial void LogCommand(long userId, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer the admin command in chat {Chat}")]
    private partial void LogReplyFailed(string chat);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process reads this bot's updates (409 Conflict); admin commands wait {Seconds} s")]
    private partial void LogConflict(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading admin commands failed: {Reason}; trying again in {Seconds} s")]
    private partial void LogReadFailed(string reason, double seconds);
}
