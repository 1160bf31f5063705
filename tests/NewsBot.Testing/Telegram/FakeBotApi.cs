using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// A Bot API server on loopback that enforces what Telegram enforces (shared/telegram/BOT-API.md): the token, known
/// chats, HTML parse errors, length limits, a per-chat flood limit answered with 429, and faults injected on demand.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:TEST-fake-token-for-local-tests-only";

    private readonly ConcurrentDictionary<string, long> _chats = new();
    private readonly ConcurrentDictionary<long, byte> _kicked = new();
    private readonly ConcurrentDictionary<long, byte> _notAdmin = new();
    private readonly ConcurrentDictionary<long, long> _migrations = new();
    private readonly ConcurrentQueue<BotFault> _faults = new();
    private readonly List<BotMessage> _messages = [];
    private readonly ConcurrentDictionary<(long Chat, long Message), byte> _pinned = new();
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];
    private LoopbackServer? _server;
    private long _nextUpdateId = 1;
    private int _conflicts;
    private int _getUpdatesCalls;
    private long _nextMessageId = 1;
    private int _floodRejections;
    private readonly FloodControl _flood = new();
    private long _sends;

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("not started");

    /// <summary>Messages a chat may receive in <see cref="FloodWindow"/> before 429 (Telegram: about 20 a minute).</summary>
    public int FloodLimit { get; set; } = 20;

    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The least time between two messages to one chat (Telegram: about a second); zero to allow any.</summary>
    public TimeSpan ChatSpacing { get; set; }

    /// <summary>Messages all chats together may receive in a second (Telegram: about 30).</summary>
    public int GlobalPerSecond { get; set; } = int.MaxValue;

    public int InjectedRetryAfterSeconds { get; set; } = 1;

    /// <summary>The text limit this fake counts to (Telegram: 4096); lower it to play a Telegram that counts differently.</summary>
    public int MessageMaxLength { get; set; } = TelegramHtmlValidator.MessageMaxLength;

    /// <summary>How long each send takes to be accepted, as on a slow day (a window for killing a sender mid-send).</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>Only every Nth send is delayed by <see cref="SendDelay"/>: uneven round trips, as Telegram's are.</summary>
    public int SlowSendEvery { get; set; } = 1;

    /// <summary>How many sends the flood limit refused: a well-paced bot causes none.</summary>
    public int FloodRejections => Volatile.Read(ref _floodRejections);

    public IReadOnlyList<BotMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Telegram's own limits: 20 a minute and one a second per chat, 30 a second over all chats.</summary>
    public void EnforceTelegramLimits()
    {
        FloodLimit = 20;
        FloodWindow = TimeSpan.FromMinutes(1);
        ChatSpacing = TimeSpan.FromSeconds(1);
        GlobalPerSecond = 30;
    }

    /// <summary>Starts a fake that knows the given chats ("@name" or numeric ids).</summary>
    public static async Task<FakeBotApi> StartAsync(params string[] chats)
    {
        var api = new FakeBotApi();
        foreach (var chat in chats)
        {
            api.AddChat(chat);
        }
        api._server = await LoopbackServer.StartAsync(app => app.MapPost("/bot{token}/{method}", api.HandleAsync));
        return api;
    }

    public long AddChat(string chat) => _chats.GetOrAdd(chat, c => long.TryParse(c, out var id) ? id : -1001000000000 - _chats.Count);

    public void Kick(string chat) => _kicked[_chats[chat]] = 0;

    /// <summary>Upgrades a group to a supergroup: sends to the old id answer with migrate_to_chat_id.</summary>
    public void Migrate(string chat, long newChatId)
    {
        _migrations[_chats[chat]] = newChatId;
        AddChat(newChatId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Unkick(string chat) => _kicked.TryRemove(_chats[chat], out _);

    /// <summary>The bot is a plain member of the channel, as when it was added but not made an administrator.</summary>
    public void NotAdmin(string chat) => _notAdmin[_chats[chat]] = 0;

    public void Inject(BotFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>Photo URLs Telegram "cannot fetch": sendPhoto with one answers "wrong file identifier/HTTP URL specified".</summary>
    public ConcurrentDictionary<string, byte> UnfetchablePhotos { get; } = new();

    /// <summary>When false, pinChatMessage answers "not enough rights", as in a channel where the bot may not pin.</summary>
    public bool CanPin { get; set; } = true;

    public bool IsPinned(long messageId) => _pinned.Keys.Any(k => k.Message == messageId);

    /// <summary>Queues a text message from <paramref name="userId"/> in <paramref name="chat"/> for getUpdates (long polling).</summary>
    /// <param name="chatType">Telegram's chat type: private, group, supergroup or channel.</param>
    public void PushMessage(long userId, string chat, string text, string chatType = "private")
    {
        var chatId = AddChat(chat);
        lock (_lock)
        {
            var id = _nextUpdateId++;
            _updates.Add(new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User {userId}" },
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType },
                    ["text"] = text,
                },
            });
        }
    }

    /// <summary>The next getUpdates calls answer 409 Conflict, as when another process polls with the same token.</summary>
    public void InjectConflicts(int times)
    {
        lock (_lock)
        {
            _conflicts += times;
        }
    }

    /// <summary>How many getUpdates calls were made: a reader that backs off makes few.</summary>
    public int GetUpdatesCalls => Volatile.Read(ref _getUpdatesCalls);

    public IReadOnlyList<BotMessage> MessagesTo(string chat) => Messages.Where(m => m.ChatId == _chats[chat]).ToList();

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        if (token != Token)
        {
            await ErrorAsync(context, 401, "Unauthorized");
            return;
        }
        var args = await BotApiArguments.ReadAsync(context.Request);
        switch (method.ToLowerInvariant())
        {
            case "getme":
                await OkAsync(context, new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "NewsBot", ["username"] = "newsbot_test_bot" });
                break;
            case "sendmessage":
                await SendAsync(context, args, "sendMessage", args.GetValueOrDefault("text"), null);
                break;
            case "sendphoto":
                await SendAsync(context, args, "sendPhoto", args.GetValueOrDefault("caption") ?? "", args.GetValueOrDefault("photo"));
                break;
            case "editmessagetext":
            case "editmessagecaption":
                await EditAsync(context, args, caption: method.Equals("editmessagecaption", StringComparison.OrdinalIgnoreCase));
                break;
            case "getupdates":
                await GetUpdatesAsync(context, args);
                break;
            case "getchat":
            case "getchatmember":
                await ChatInfoAsync(context, args, member: method.Equals("getchatmember", StringComparison.OrdinalIgnoreCase));
                break;
            case "pinchatmessage":
            case "unpinchatmessage":
                await PinAsync(context, args, pin: method.Equals("pinchatmessage", StringComparison.OrdinalIgnoreCase));
                break;
            default:
                await ErrorAsync(context, 404, "Not Found: method not found");
                break;
        }
    }

    /// <summary>getChat (a channel for @names and -100… ids, else private) and getChatMember for the bot itself.</summary>
    private async Task ChatInfoAsync(HttpContext context, Dictionary<string, string> args, bool member)
    {
        if (!TryResolveChat(args.GetValueOrDefault("chat_id") ?? "", out var chatId))
        {
            await ErrorAsync(context, 400, "Bad Request: chat not found");
            return;
        }
        var type = chatId < 0 ? "channel" : "private";
        var chat = new JsonObject { ["id"] = chatId, ["type"] = type, ["title"] = "Test chat", ["accent_color_id"] = 0, ["max_reaction_count"] = 11 };
        var user = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "NewsBot" };
        var status = _kicked.ContainsKey(chatId) ? "kicked" : _notAdmin.ContainsKey(chatId) ? "member" : "administrator";
        var membership = status == "administrator"
            ? new JsonObject
            {
                ["status"] = status,
                ["user"] = user,
                ["can_be_edited"] = false,
                ["is_anonymous"] = false,
                ["can_manage_chat"] = true,
                ["can_delete_messages"] = true,
                ["can_manage_video_chats"] = false,
                ["can_restrict_members"] = false,
                ["can_promote_members"] = false,
                ["can_change_info"] = false,
                ["can_invite_users"] = false,
                ["can_post_stories"] = false,
                ["can_edit_stories"] = false,
                ["can_delete_stories"] = false,
                ["can_post_messages"] = true,
                ["can_edit_messages"] = true,
                ["can_pin_messages"] = CanPin
            }
            : new JsonObject { ["status"] = status, ["user"] = user, ["until_date"] = 0 };
        await OkAsync(context, member ? membership : chat);
    }

    private async Task SendAsync(HttpContext context, Dictionary<string, string> args, string method, string? text, string? photo)
    {
        if (SendDelay > TimeSpan.Zero && Interlocked.Increment(ref _sends) % SlowSendEvery == 0)
        {
            // Not the request's token: like Telegram, the fake finishes a send whose client has gone.
            await Task.Delay(SendDelay);
        }
        var fault = _faults.TryDequeue(out var f) ? f : (BotFault?)null;
        if (await RefuseForFaultAsync(context, fault))
        {
            return;
        }
        var (status, error, chatId, plain, parameters) = Check(args, method, text, photo);
        if (error is null && _migrations.TryGetValue(chatId, out var newChatId))
        {
            await ErrorAsync(context, 400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });
            return;
        }
        if (error is not null)
        {
            await ErrorAsync(context, status, error, parameters);
            return;
        }
        var message = Record(chatId, method, text ?? "", plain!, photo, args);
        if (fault == BotFault.DropAfterAccept)
        {
            context.Abort();
            return;
        }
        await OkAsync(context, MessageJson(message));
    }

    /// <summary>Long polling: confirms updates below offset, then answers the pending ones, waiting up to 2 s (of the asked timeout) for one.</summary>
    private async Task GetUpdatesAsync(HttpContext context, Dictionary<string, string> args)
    {
        Interlocked.Increment(ref _getUpdatesCalls);
        if (TakeConflict())
        {
            await ErrorAsync(context, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            return;
        }
        var offset = long.TryParse(args.GetValueOrDefault("offset"), out var o) ? o : 0;
        var wait = TimeSpan.FromSeconds(Math.Min(2, int.TryParse(args.GetValueOrDefault("timeout"), out var t) ? t : 0));
        var deadline = DateTimeOffset.UtcNow + wait;
        JsonArray pending;
        while ((pending = PendingUpdates(offset)).Count == 0 && DateTimeOffset.UtcNow < deadline && !context.RequestAborted.IsCancellationRequested)
        {
            await Task.Delay(50);
        }
        await OkAsync(context, pending);
    }

    private bool TakeConflict()
    {
        lock (_lock)
        {
            if (_conflicts == 0)
            {
                return false;
            }
            _conflicts--;
            return true;
        }
    }

    private JsonArray PendingUpdates(long offset)
    {
        lock (_lock)
        {
            _updates.RemoveAll(u => (long)u["update_id"]! < offset);
            return new JsonArray(_updates.Select(u => (JsonNode)u.DeepClone()).ToArray());
        }
    }

    private async Task PinAsync(HttpContext context, Dictionary<string, string> args, bool pin)
    {
        if (!TryResolveChat(args.GetValueOrDefault("chat_id") ?? "", out var chatId))
        {
            await ErrorAsync(context, 400, "Bad Request: chat not found");
            return;
        }
        if (!CanPin)
        {
            await ErrorAsync(context, 400, "Bad Request: not enough rights to manage pinned messages in the chat");
            return;
        }
        var key = (chatId, long.Parse(args.GetValueOrDefault("message_id") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
        if (pin)
        {
            _pinned[key] = 0;
        }
        else
        {
            _pinned.TryRemove(key, out _);
        }
        await OkAsync(context, JsonValue.Create(true));
    }

    private async Task<bool> RefuseForFaultAsync(HttpContext context, BotFault? fault)
    {
        switch (fault)
        {
            case BotFault.TooManyRequests:
                await ErrorAsync(context, 429, $"Too Many Requests: retry after {InjectedRetryAfterSeconds}", new JsonObject { ["retry_after"] = InjectedRetryAfterSeconds });
                return true;
            case BotFault.ServerError:
                await ErrorAsync(context, 500, "Internal Server Error");
                return true;
            case BotFault.DropBeforeAccept:
                context.Abort();
                return true;
            case BotFault.Rejected:
                await ErrorAsync(context, 400, "Bad Request: BUTTON_URL_INVALID");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Telegram's check order: parameters, HTML, chat and access, length, flood.</summary>
    private (int Status, string? Error, long ChatId, string? Plain, JsonObject? Parameters) Check(Dictionary<string, string> args, string method, string? text, string? photo)
    {
        var chatRef = args.GetValueOrDefault("chat_id");
        if (string.IsNullOrEmpty(chatRef))
        {
            return (400, "Bad Request: chat_id is empty", 0, null, null);
        }
        if (method == "sendMessage" && string.IsNullOrEmpty(text))
        {
            return (400, "Bad Request: message text is empty", 0, null, null);
        }
        if (method == "sendPhoto" && string.IsNullOrEmpty(photo))
        {
            return (400, "Bad Request: there is no photo in the request", 0, null, null);
        }
        var html = args.GetValueOrDefault("parse_mode") is { } mode && mode.Length > 0 && !mode.Equals("none", StringComparison.OrdinalIgnoreCase);
        if (html && !args["parse_mode"].Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return (400, "Bad Request: unsupported parse_mode", 0, null, null);
        }
        var isCaption = method == "sendPhoto";
        var limitError = html
            ? (isCaption ? TelegramHtmlValidator.ValidateCaption(text!) : TelegramHtmlValidator.Validate(text!, MessageMaxLength))
            : PlainLengthError(text!, isCaption);
        if (!TryResolveChat(chatRef, out var chatId))
        {
            return (400, "Bad Request: chat not found", 0, null, null);
        }
        if (limitError is not null && !limitError.Contains("too long", StringComparison.Ordinal))
        {
            return (400, limitError, chatId, null, null);
        }
        if (_kicked.ContainsKey(chatId))
        {
            return (403, "Forbidden: bot was kicked from the channel chat", chatId, null, null);
        }
        if (limitError is not null)
        {
            return (400, limitError, chatId, null, null);
        }
        if (photo is not null && UnfetchablePhotos.ContainsKey(photo))
        {
            return (400, "Bad Request: wrong file identifier/HTTP URL specified", chatId, null, null);
        }
        if (_flood.Admit(chatId, DateTimeOffset.UtcNow, this) is { } retryAfter)
        {
            Interlocked.Increment(ref _floodRejections);
            return (429, $"Too Many Requests: retry after {retryAfter}", chatId, null, new JsonObject { ["retry_after"] = retryAfter });
        }
        return (200, null, chatId, html ? TelegramHtmlValidator.PlainText(text!) : text!.Trim(), null);
    }

    private bool TryResolveChat(string chatRef, out long chatId) =>
        _chats.TryGetValue(chatRef, out chatId) || (long.TryParse(chatRef, out chatId) && _chats.Values.Contains(chatId));

    private static string? PlainLengthError(string text, bool isCaption) =>
        text.Trim().Length > (isCaption ? TelegramHtmlValidator.CaptionMaxLength : TelegramHtmlValidator.MessageMaxLength)
            ? (isCaption ? "Bad Request: message caption is too long" : "Bad Request: message is too long")
            : null;

    private BotMessage Record(long chatId, string method, string html, string plain, string? photo, Dictionary<string, string> args)
    {
        var silent = BotApiArguments.IsTrue(args.GetValueOrDefault("disable_notification"));
        lock (_lock)
        {
            var message = new BotMessage(_nextMessageId++, chatId, method, html, plain, photo, silent, DateTimeOffset.UtcNow, args);
            _messages.Add(message);
            return message;
        }
    }

    private static JsonObject MessageJson(BotMessage message)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["date"] = message.At.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = message.ChatId, ["type"] = "channel", ["title"] = "Test channel" },
        };
        if (message.Photo is null)
        {
            json["text"] = message.PlainText;
        }
        else
        {
            json["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo1", ["file_unique_id"] = "u1", ["width"] = 800, ["height"] = 600 });
            json["caption"] = message.PlainText;
        }
        return json;
    }

    private static Task OkAsync(HttpContext context, JsonNode result) =>
        WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static Task ErrorAsync(HttpContext context, int code, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
            if (parameters["retry_after"] is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString();
            }
        }
        return WriteAsync(context, code, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Default));
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
