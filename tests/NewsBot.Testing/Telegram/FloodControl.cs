namespace NewsBot.Testing.Telegram;

/// <summary>
/// The fake's flood control, counted when Telegram processes a send or an edit (BOT-API.md §3): per chat at most
/// <see cref="FakeBotApi.FloodLimit"/> in <see cref="FakeBotApi.FloodWindow"/> (about 20 a minute), at most one per
/// chat in <see cref="FakeBotApi.ChatSpacing"/> (about one a second) and <see cref="FakeBotApi.GlobalPerSecond"/>
/// over all chats (about 30 a second). A send refused by an earlier check is not counted; an edit is counted before
/// its message is looked up. Thread-safe.
/// </summary>
internal sealed class FloodControl
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly Dictionary<long, Queue<DateTimeOffset>> _chats = [];
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Lock _lock = new();

    /// <summary>Counts the request at <paramref name="at"/> and returns null when it is within the limits, else the retry_after to answer.</summary>
    public int? Admit(long chatId, DateTimeOffset at, FakeBotApi limits)
    {
        lock (_lock)
        {
            var chat = _chats.TryGetValue(chatId, out var c) ? c : _chats[chatId] = new Queue<DateTimeOffset>();
            Forget(chat, at - limits.FloodWindow);
            Forget(_global, at - Second);
            if (chat.Count >= limits.FloodLimit)
            {
                return SecondsUntil(chat.Peek() + limits.FloodWindow, at);
            }
            if (chat.Count > 0 && chat.Last() > at - limits.ChatSpacing)
            {
                return SecondsUntil(chat.Last() + limits.ChatSpacing, at);
            }
            if (_global.Count >= limits.GlobalPerSecond)
            {
                return SecondsUntil(_global.Peek() + Second, at);
            }
            chat.Enqueue(at);
            _global.Enqueue(at);
            return null;
        }
    }

    private static void Forget(Queue<DateTimeOffset> sent, DateTimeOffset horizon)
    {
        while (sent.TryPeek(out var oldest) && oldest <= horizon)
        {
            sent.Dequeue();
        }
    }

    private static int SecondsUntil(DateTimeOffset free, DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((free - now).TotalSeconds));
}
