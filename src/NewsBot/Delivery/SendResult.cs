namespace NewsBot.Delivery;

/// <summary>How a send ended.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>Telegram accepted the post.</summary>
    public sealed record Sent(long MessageId) : SendResult;

    /// <summary>Telegram asked to wait (429): the exact wait before trying again.</summary>
    public sealed record RateLimited(TimeSpan RetryAfter) : SendResult;

    /// <summary>
    /// The post was not accepted, for a reason of the given kind. <paramref name="AnswerLost"/>: no answer came back
    /// (a dropped connection, a timeout), so Telegram may have posted it all the same, and trying again may repeat it.
    /// </summary>
    public sealed record Failed(string Reason, FailureKind Kind, bool AnswerLost = false) : SendResult;
}
