using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// editMessageText and editMessageCaption as Telegram answers them (BOT-API.md §5): a deleted or unknown message is
/// "message to edit not found", the same content again is "message is not modified", text edits of a photo and
/// caption edits of a text are refused, a message closed to edits is "message can't be edited", edits of an
/// upgraded group answer with migrate_to_chat_id, and edits count against the chat's flood limit like sends.
/// </summary>
public sealed partial class FakeBotApi
{
    private readonly List<BotEdit> _edits = [];
    private readonly HashSet<(long Chat, long Message)> _deleted = [];
    private readonly HashSet<(long Chat, long Message)> _closed = [];

    public IReadOnlyList<BotEdit> Edits
    {
        get
        {
            lock (_lock)
            {
                return [.. _edits];
            }
        }
    }

    public IReadOnlyList<BotEdit> EditsIn(string chat) => Edits.Where(e => e.ChatId == _chats[chat]).ToList();

    /// <summary>An admin deletes a post: edits of it answer "message to edit not found" from now on.</summary>
    public void Delete(string chat, long messageId)
    {
        lock (_lock)
        {
            _deleted.Add((_chats[chat], messageId));
        }
    }

    /// <summary>Telegram no longer edits the post (too old, or another reason): edits answer "message can't be edited".</summary>
    public void CloseEdits(string chat, long messageId)
    {
        lock (_lock)
        {
            _closed.Add((_chats[chat], messageId));
        }
    }

    /// <summary>The message as it reads now, after any edits.</summary>
    public BotMessage Current(long messageId)
    {
        lock (_lock)
        {
            return _messages.Single(m => m.MessageId == messageId);
        }
    }

    private async Task EditAsync(HttpContext context, Dictionary<string, string> args, bool caption)
    {
        var fault = _faults.TryDequeue(out var f) ? f : (BotFault?)null;
        if (await RefuseForFaultAsync(context, fault))
        {
            return;
        }
        var text = args.GetValueOrDefault(caption ? "caption" : "text") ?? "";
        var (status, error, chatId, plain, parameters) = Check(args, caption ? "sendPhoto" : "sendMessage", text, caption ? "edit" : null);
        var messageId = long.TryParse(args.GetValueOrDefault("message_id"), CultureInfo.InvariantCulture, out var id) ? id : 0;
        if (error is null && _migrations.TryGetValue(chatId, out var newChatId))
        {
            await ErrorAsync(context, 400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });
            return;
        }
        if (error is null)
        {
            (status, error) = CheckEdit(chatId, messageId, caption, text);
        }
        if (error is not null)
        {
            await ErrorAsync(context, status, error, parameters);
            return;
        }
        await OkAsync(context, MessageJson(RecordEdit(chatId, messageId, caption, text, plain!)));
    }

    private (int Status, string? Error) CheckEdit(long chatId, long messageId, bool caption, string html)
    {
        lock (_lock)
        {
            var message = _messages.Find(m => m.ChatId == chatId && m.MessageId == messageId);
            if (message is null || _deleted.Contains((chatId, messageId)))
            {
                return (400, "Bad Request: message to edit not found");
            }
            if (_closed.Contains((chatId, messageId)))
            {
                return (400, "Bad Request: message can't be edited");
            }
            if (caption != (message.Photo is not null))
            {
                return (400, caption ? "Bad Request: there is no caption in the message to edit" : "Bad Request: there is no text in the message to edit");
            }
            return message.Html == html
                ? (400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
                : (200, null);
        }
    }

    private BotMessage RecordEdit(long chatId, long messageId, bool caption, string html, string plain)
    {
        lock (_lock)
        {
            var index = _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId);
            var edited = _messages[index] with { Html = html, PlainText = plain };
            _messages[index] = edited;
            _edits.Add(new BotEdit(messageId, chatId, caption ? "editMessageCaption" : "editMessageText", html, plain, DateTimeOffset.UtcNow));
            return edited;
        }
    }
}
