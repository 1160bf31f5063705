using System.Collections.Concurrent;
using Telegram.Bot.Types;

namespace NewsBot.Delivery;

/// <summary>
/// Chats Telegram upgraded to supergroups (migrate_to_chat_id), followed by sends and edits alike until the settings
/// name the new id.
/// </summary>
public sealed class ChatMigrations
{
    private readonly ConcurrentDictionary<string, long> _migrated = new();

    /// <summary>Records the chat's new id; false when it was already followed (a second answer means something else is wrong).</summary>
    public bool Follow(ChannelTarget target, long newChatId) => _migrated.TryAdd(target.ChatId, newChatId);

    public ChatId ChatIdOf(ChannelTarget target) =>
        _migrated.TryGetValue(target.ChatId, out var migrated) ? new ChatId(migrated) : TelegramChatIds.Of(target.ChatId);
}
