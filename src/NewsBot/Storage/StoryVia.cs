namespace NewsBot.Storage;

/// <summary>How a story reached the bot, kept with its post (outbox.via) and labelling its publish delay.</summary>
public static class StoryVia
{
    /// <summary>A body the feed's WebSub hub delivered.</summary>
    public const string Push = "push";

    /// <summary>A body the bot polled.</summary>
    public const string Poll = "poll";
}
