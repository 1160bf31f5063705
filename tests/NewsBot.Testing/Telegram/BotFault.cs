namespace NewsBot.Testing.Telegram;

/// <summary>A failure the fake Bot API injects into the next send.</summary>
public enum BotFault
{
    /// <summary>429 with retry_after = <see cref="FakeBotApi.InjectedRetryAfterSeconds"/>.</summary>
    TooManyRequests,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>The connection drops before the message is accepted.</summary>
    DropBeforeAccept,

    /// <summary>The message is accepted, then the connection drops before the answer.</summary>
    DropAfterAccept,

    /// <summary>400 for this very message, whatever its form (as for a button URL Telegram rejects).</summary>
    Rejected,
}
