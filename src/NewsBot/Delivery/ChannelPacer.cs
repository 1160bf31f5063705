using NewsBot.Core.Settings;

namespace NewsBot.Delivery;

/// <summary>
/// Sliding windows at Telegram's limits: per channel N a minute (default 20) and one a second, and 30 a second
/// over all chats, so that in steady state Telegram never answers 429. A send is counted from when its answer came
/// back, not from when it was claimed: Telegram counts it somewhere between the request's arrival and its answer,
/// so a next send started a full window after the last answer reaches Telegram a full window after it, however
/// slow or uneven the round trips (counting from the claim let a slow send and a quick one land under a second
/// apart). Edits are counted like sends: Telegram's flood control counts both.
/// </summary>
public sealed class ChannelPacer(TimeProvider time)
{
    private readonly SendWindow _global = new(30, TimeSpan.FromSeconds(1), time);
    private readonly Dictionary<string, (SendWindow Minute, SendWindow Second)> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True when a post may go to the channel now; the caller sends it, then calls <see cref="Record"/>.</summary>
    public bool CanSend(string channel, ChannelSettings settings)
    {
        lock (_lock)
        {
            var (minute, second) = Windows(channel, settings);
            var now = time.GetUtcNow();
            var blocked = _blockedUntil.TryGetValue(channel, out var until) && until > now;
            return !blocked && _global.Available && minute.Available && second.Available;
        }
    }

    /// <summary>
    /// Counts a request that may have reached Telegram (whatever it answered, or if the answer was lost), as of
    /// now: call it when the request has ended. One send at a time, so nothing is in flight uncounted.
    /// </summary>
    public void Record(string channel, ChannelSettings settings)
    {
        lock (_lock)
        {
            var (minute, second) = Windows(channel, settings);
            _global.Take();
            minute.Take();
            second.Take();
        }
    }

    /// <summary>After a 429, nothing goes to the channel for exactly the time Telegram asked.</summary>
    public void Block(string channel, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            _blockedUntil[channel] = time.GetUtcNow() + retryAfter;
        }
    }

    private (SendWindow Minute, SendWindow Second) Windows(string channel, ChannelSettings settings)
    {
        if (!_channels.TryGetValue(channel, out var windows) || windows.Minute.Limit != settings.MessagesPerMinute || windows.Second.Limit != settings.MessagesPerSecond)
        {
            windows = (new SendWindow(settings.MessagesPerMinute, TimeSpan.FromMinutes(1), time), new SendWindow(settings.MessagesPerSecond, TimeSpan.FromSeconds(1), time));
            _channels[channel] = windows;
        }
        return windows;
    }
}
