using NewsBot.Core.Formatting;

namespace NewsBot.Admin;

/// <summary>An answer to an admin: plain text, escaped for HTML, no link preview.</summary>
public static class AdminText
{
    public static OutgoingPost Post(string text) => new() { Html = TelegramHtml.Escape(text), PlainText = text, DisableLinkPreview = true };
}
