using NewsBot.Core.Formatting;

namespace NewsBot.Admin;

/// <summary>An answer to an admin: plain text, escaped for HTML, no link preview, short enough for one message.</summary>
public static class AdminText
{
    /// <summary>Below Telegram's 4096 characters, with room for the note that the text was cut.</summary>
    public const int MaxLength = 4000;

    /// <summary>How much of an admin's own words a log line or a reply repeats.</summary>
    public const int MaxEcho = 200;

    public static OutgoingPost Post(string text)
    {
        var fitting = text.Length <= MaxLength ? text : Summary.Shorten(text, MaxLength) + "\n(cut to fit one message)";
        return new() { Html = TelegramHtml.Escape(fitting), PlainText = fitting, DisableLinkPreview = true };
    }

    /// <summary>An admin's argument as it may be logged or echoed: a 10,000-character paste is not repeated whole.</summary>
    public static string Echo(string text) => text.Length <= MaxEcho ? text : $"{text[..MaxEcho]}… ({text.Length} characters)";
}
