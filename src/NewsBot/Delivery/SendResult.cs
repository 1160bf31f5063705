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

    /// <summary>The post was not accepted, for a reason of the given kind.</summary>
    public sealed record Failed(string Reason, FailureKind Kind) : SendResult;
}
