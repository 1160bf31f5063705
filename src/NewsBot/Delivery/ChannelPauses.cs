using System.Collections.Concurrent;

namespace NewsBot.Delivery;

/// <summary>
/// Channels that cannot take posts (chat not found, bot kicked or not an admin). Their posts stay queued and are
/// tried now and then; the admin hears once when a channel stops and once when it works again.
/// </summary>
public sealed partial class ChannelPauses(AdminNotifier notifier, ILogger<ChannelPauses> logger)
{
    private readonly ConcurrentDictionary<string, string> _paused = new();

    public IReadOnlyDictionary<string, string> Paused => _paused;

    public async Task PauseAsync(string channel, string reason)
    {
        if (_paused.TryAdd(channel, reason))
        {
            LogPaused(channel, reason);
            await notifier.NotifyAsync($"Channel {channel} is paused: {reason}. Its posts are kept and go out as soon as it works again.");
        }
    }

    public async Task ResumeAsync(string channel)
    {
        if (_paused.TryRemove(channel, out _))
        {
            LogResumed(channel);
            await notifier.NotifyAsync($"Channel {channel} works again; its queued posts are going out.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel {Channel} paused: {Reason}; posts stay queued and are tried again now and then")]
    private partial void LogPaused(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} works again")]
    private partial void LogResumed(string channel);
}
